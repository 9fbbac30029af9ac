package dev.assay.risk.detector;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.Determination;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A goods line whose destination, end user or end use is banned (for example any dual-use item for
 * a US military end use, MOFCOM 2024 No. 46 clause 1) or under a presumption of denial (for example
 * antimony to the United States, clause 2). A license number on such a line does not clear it: in
 * principle no license is granted, so the license itself needs checking. Under a ban the finding is
 * a legal certainty; under a presumption with a license cited it is soft evidence ({@code signal}
 * {@code presumption_licensed}): the authority may have made the exception (docs/evidence.md).
 */
public final class ProhibitedExportDetector implements Detector {

  @Override
  public FindingCode code() {
    return FindingCode.PROHIBITED_EXPORT;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    Declaration d = declaration.declaration();
    for (int i = 0; i < declaration.determinations().size(); i++) {
      Determination determination = declaration.determination(i);
      Verdict verdict = determination.verdict();
      if (verdict.compareTo(Verdict.PRESUMPTION_OF_DENIAL) < 0) {
        continue;
      }
      GoodsLine line = declaration.line(i);
      AppliedMeasure gravest = ControlEvidence.gravestMeasure(determination);
      AppliedMeasure itemMeasure = ControlEvidence.itemMeasure(determination);
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("hs_code", line.hsCode().value());
      ControlEvidence.describe(itemMeasure, evidence);
      evidence.put("verdict", verdict.name());
      evidence.put("destination_country", d.destination().value());
      evidence.put("end_user_country", d.endUser() == null ? null : d.endUser().country().value());
      evidence.put("end_use", d.endUse().name());
      evidence.put("license_no", line.licenseNo().orElse(null));
      evidence.put("as_of", declaration.asOf().toString());
      if (verdict == Verdict.PRESUMPTION_OF_DENIAL && line.licenseNo().isPresent()) {
        evidence.put("signal", "presumption_licensed");
      }
      String what =
          verdict == Verdict.PROHIBITED
              ? "export prohibited"
              : "presumption of denial: in principle no license is granted";
      findings.accept(
          new Finding(
              code(),
              verdict == Verdict.PROHIBITED ? Severity.CRITICAL : Severity.HIGH,
              OptionalInt.of(line.lineNo()),
              what
                  + " for "
                  + ControlEvidence.itemName(itemMeasure)
                  + " ("
                  + line.hsCode()
                  + ") to "
                  + d.destination().displayName()
                  + (d.endUse() == dev.assay.declaration.EndUse.MILITARY
                      ? " for a military end use"
                      : "")
                  + (line.licenseNo().isPresent()
                      ? "; the cited license " + line.licenseNo().get() + " needs checking"
                      : ""),
              evidence,
              gravest.basis()));
    }
  }
}
