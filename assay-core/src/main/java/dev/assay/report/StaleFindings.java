package dev.assay.report;

import dev.assay.controllist.ListAge;
import dev.assay.controllist.StaleWarning;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts, over a screening run, the findings whose basis is a measure or clause whose suspension
 * ran out with no later announcement recorded, and the latest date screened, for the warnings of
 * the run's summary. Not thread-safe; feed it from the thread that writes the assessments.
 */
public final class StaleFindings {
  private final ListAge age;
  private final Map<String, StaleWarning> warnings = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private LocalDate latest;

  public StaleFindings(ListAge age) {
    this.age = age;
  }

  /**
   * @param asOf the date the declaration was screened as of (its own date, or the run's what-if
   *     date)
   */
  public void add(Assessment assessment, LocalDate asOf) {
    latest = latest == null || asOf.isAfter(latest) ? asOf : latest;
    for (Finding f : assessment.findings()) {
      if (f.basis() == null) {
        continue;
      }
      age.warningFor(f.basis(), asOf)
          .ifPresent(
              w -> {
                warnings.putIfAbsent(w.basis(), w);
                counts.merge(w.basis(), 1L, Long::sum);
              });
    }
  }

  /** The warning lines of the summary: one per stale basis with its count, then the data age. */
  public List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    warnings.forEach(
        (basis, w) ->
            lines.add(
                String.format(
                    Locale.ROOT, "Warning (%,d findings): %s", counts.get(basis), w.message())));
    if (latest != null) {
      age.dataAge(latest).ifPresent(w -> lines.add("Warning: " + w.message()));
    }
    return lines;
  }

  /** Findings per stale basis. */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }
}
