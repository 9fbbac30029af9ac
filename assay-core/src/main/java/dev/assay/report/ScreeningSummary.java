package dev.assay.report;

import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import java.util.EnumMap;
import java.util.Map;

/** Running counts of a screening run: declarations per lane and findings per code. */
public final class ScreeningSummary {
  private final Map<Lane, Long> lanes = new EnumMap<>(Lane.class);
  private final Map<FindingCode, Long> findings = new EnumMap<>(FindingCode.class);
  private long declarations;

  public void add(Assessment assessment) {
    declarations++;
    lanes.merge(assessment.lane(), 1L, Long::sum);
    for (Finding f : assessment.findings()) {
      findings.merge(f.code(), 1L, Long::sum);
    }
  }

  public long declarations() {
    return declarations;
  }

  public long inLane(Lane lane) {
    return lanes.getOrDefault(lane, 0L);
  }

  public long findings(FindingCode code) {
    return findings.getOrDefault(code, 0L);
  }

  /** Findings per code, in the order of the finding codes, codes without findings left out. */
  public Map<FindingCode, Long> findingsByCode() {
    return new EnumMap<>(findings);
  }
}
