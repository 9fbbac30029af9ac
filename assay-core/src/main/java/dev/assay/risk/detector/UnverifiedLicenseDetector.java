package dev.assay.risk.detector;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.Determination;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.license.LicenseDoubts;
import dev.assay.license.LicenseDoubts.Doubt;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.transshipment.KnownHubs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A goods line citing a license number that nothing Assay knows vouches for, where no license
 * register is at hand to look it up: a number of no known form or one that says it was issued after
 * the declaration or longer ago than any license lasts, a number another exporter cited before, or
 * controlled goods sent under a license to a known hub for their mineral while the end user or the
 * consignee's address is in another country (one license names one consignee and one end user for
 * its destinations). Soft evidence (UNVERIFIED_LICENSE) with advice for a documentary check; never
 * a legal certainty. With a register ({@code assay screen --licenses}, the server's store) the
 * register decides instead: an unknown number is {@code LICENSE_VIOLATION}/{@code UNKNOWN_LICENSE},
 * a legal certainty, and a known one is checked against its terms. See
 * docs/detectors/UNVERIFIED_LICENSE.md.
 */
public final class UnverifiedLicenseDetector implements Detector {
  static final String ADVICE =
      "documentary check: ask for the license certificate and the end-user certificate, and"
          + " confirm with the issuing authority that the number was issued to this exporter for"
          + " this consignee, end user and destination";

  private static final String LAW = "Export Control Law Art. 19; Dual-Use Regulations Art. 21-22";

  private final LicenseDoubts doubts;
  private final KnownHubs hubs;

  /** With the shipped number formats and hubs. */
  public UnverifiedLicenseDetector() {
    this(LicenseDoubts.bundled(), KnownHubs.bundled());
  }

  /**
   * Left out by {@link dev.assay.risk.Screener} wherever a register is checked ({@link
   * LicenseViolationDetector}): then the register decides.
   */
  public UnverifiedLicenseDetector(LicenseDoubts doubts, KnownHubs hubs) {
    this.doubts = doubts;
    this.hubs = hubs;
  }

  @Override
  public FindingCode code() {
    return FindingCode.UNVERIFIED_LICENSE;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    Declaration d = declaration.declaration();
    List<Doubt> parties = null;
    for (int i = 0; i < d.lines().size(); i++) {
      GoodsLine line = declaration.line(i);
      if (line.licenseNo().isEmpty()) {
        continue;
      }
      List<Doubt> found = new ArrayList<>(doubts.numberDoubts(d, line));
      Determination determination = declaration.determination(i);
      Optional<KnownHubs.Hub> hub = Optional.empty();
      if (determination.controlled()) {
        AppliedMeasure measure = ControlEvidence.itemMeasure(determination);
        String mineral = measure.item().map(item -> item.mineral()).orElse(null);
        hub = hubs.find(mineral, d.destination());
        if (hub.isPresent()) {
          if (parties == null) {
            parties = LicenseDoubts.partyDoubts(d);
          }
          found.addAll(parties);
        }
      }
      if (!found.isEmpty()) {
        findings.accept(finding(line, found, hub));
      }
    }
    for (GoodsLine line : d.lines()) {
      doubts.learn(d, line);
    }
  }

  private Finding finding(GoodsLine line, List<Doubt> found, Optional<KnownHubs.Hub> hub) {
    String number = line.licenseNo().orElseThrow();
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("license_no", number);
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("doubts", found.stream().map(Doubt::kind).toList());
    for (Doubt doubt : found) {
      evidence.putAll(doubt.evidence());
    }
    hub.ifPresent(
        h -> {
          evidence.put("hub", h.country().value());
          evidence.put("hub_known_from", h.source());
        });
    evidence.put("register", "none at hand");
    evidence.put("advice", ADVICE);
    StringBuilder message = new StringBuilder("license ").append(number).append(" unverified: ");
    message.append(String.join("; ", found.stream().map(Doubt::reason).toList()));
    hub.ifPresent(
        h ->
            message
                .append(" (")
                .append(h.country())
                .append(" is a known hub for ")
                .append(h.mineral())
                .append(')'));
    message.append("; ").append(ADVICE);
    return new Finding(
        code(),
        severity(found),
        OptionalInt.of(line.lineNo()),
        message.toString(),
        evidence,
        LAW + "; no license register consulted");
  }

  /**
   * One doubt is a question (MEDIUM); two together, or a doubt about the number beside one about
   * the parties, make a license that does not fit the shipment likely (HIGH). Soft either way: the
   * learned weight of each severity decides how much it counts.
   */
  static Severity severity(List<Doubt> found) {
    return found.size() >= 2 ? Severity.HIGH : Severity.MEDIUM;
  }
}
