package dev.assay.risk.detector;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.license.DrawdownOutcome;
import dev.assay.license.DrawdownRequest;
import dev.assay.license.License;
import dev.assay.license.LicenseCheck;
import dev.assay.license.LicenseRepository;
import dev.assay.license.LicenseViolation;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A goods line that cites a license the line does not fit: a license nobody issued, one expired or
 * not yet valid on the declaration date, suspended or revoked, granted to another exporter,
 * consignee, end user, destination or item, or already drawn down too far. Customs checks each
 * shipment against its license (Export Control Law Art. 19; Dual-Use Regulations Art. 21-22);
 * exporting beyond a license is punished like exporting without one (ECL Art. 34).
 *
 * <p>A line that fits its license draws on it ({@link LicenseRepository#draw}); the drawdown is
 * idempotent per declaration line, so screening the same declaration again does not draw twice.
 * Constructed with {@code recordDrawdowns = false}, the detector only asks whether the line would
 * fit ({@link LicenseRepository#check}), for what-if screening. Lines without a license number are
 * left to {@link UnlicensedControlledExportDetector}.
 */
public final class LicenseViolationDetector implements Detector {
  private static final String LAW = "Export Control Law Art. 19, 34; Dual-Use Regulations Art. 21";

  private final LicenseRepository licenses;
  private final boolean recordDrawdowns;

  public LicenseViolationDetector(LicenseRepository licenses, boolean recordDrawdowns) {
    this.licenses = licenses;
    this.recordDrawdowns = recordDrawdowns;
  }

  @Override
  public FindingCode code() {
    return FindingCode.LICENSE_VIOLATION;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    Declaration d = declaration.declaration();
    for (GoodsLine line : d.lines()) {
      if (line.licenseNo().isEmpty()) {
        continue;
      }
      String number = line.licenseNo().get();
      Optional<License> license = licenses.find(number);
      if (license.isEmpty()) {
        findings.accept(finding(line, number, new LicenseViolation.UnknownLicense(number)));
        continue;
      }
      LicenseCheck.LineCheck check = LicenseCheck.check(license.get(), d, line);
      for (LicenseViolation violation : check.violations()) {
        findings.accept(finding(line, number, violation));
      }
      draw(check.drawdowns())
          .ifPresent(refused -> findings.accept(finding(line, number, refused.reason())));
    }
  }

  /**
   * Draws the line on the first item that takes it (or only asks, for what-if screening); when no
   * item does, the refusal of the first one tried.
   */
  private Optional<DrawdownOutcome.Refused> draw(List<DrawdownRequest> requests) {
    DrawdownOutcome.Refused first = null;
    for (DrawdownRequest request : requests) {
      DrawdownOutcome outcome = recordDrawdowns ? licenses.draw(request) : licenses.check(request);
      if (!(outcome instanceof DrawdownOutcome.Refused refused)) {
        return Optional.empty();
      }
      if (first == null) {
        first = refused;
      }
    }
    return Optional.ofNullable(first);
  }

  private Finding finding(GoodsLine line, String licenseNo, LicenseViolation violation) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("license_no", licenseNo);
    evidence.put("violation", violation.kind());
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("quantity", line.quantity());
    evidence.put("unit", line.unit());
    evidence.put("value_usd", line.valueUsd());
    violation.evidence(evidence);
    return new Finding(
        code(),
        severity(violation),
        OptionalInt.of(line.lineNo()),
        "license " + licenseNo + ": " + violation.describe(),
        evidence,
        LAW + "; license " + licenseNo);
  }

  /**
   * A license that does not exist or was revoked gives no cover at all: as grave as a forged one.
   * Everything else is a license used beyond its terms.
   */
  private static Severity severity(LicenseViolation violation) {
    return switch (violation) {
      case LicenseViolation.UnknownLicense u -> Severity.CRITICAL;
      case LicenseViolation.NotInForce n
          when n.status() == dev.assay.license.LicenseStatus.REVOKED ->
          Severity.CRITICAL;
      default -> Severity.HIGH;
    };
  }
}
