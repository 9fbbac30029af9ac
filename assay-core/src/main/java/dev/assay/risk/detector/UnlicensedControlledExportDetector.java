package dev.assay.risk.detector;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.Determination;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.GoodsLine;
import dev.assay.lexicon.MagnetGrades;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A goods line that the control list says needs a dual-use export license, declared without a
 * license number. Customs may not release such goods (Export Control Law Art. 19; Dual-Use
 * Regulations Art. 21); it is also the pattern of the truthful-but-unlicensed magnet shipments
 * released by automated clearance in April 2025.
 */
public final class UnlicensedControlledExportDetector implements Detector {

  @Override
  public FindingCode code() {
    return FindingCode.UNLICENSED_CONTROLLED_EXPORT;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    for (int i = 0; i < declaration.determinations().size(); i++) {
      Determination determination = declaration.determination(i);
      GoodsLine line = declaration.line(i);
      if (determination.verdict() == Verdict.DEPENDS_ON_SPECIFICATION
          && determination.absenceClaim().isPresent()
          && line.licenseNo().isEmpty()) {
        findings.accept(claim(declaration, determination, line));
        continue;
      }
      if (determination.verdict().compareTo(Verdict.LICENSE_REQUIRED) < 0
          || line.licenseNo().isPresent()) {
        continue;
      }
      AppliedMeasure itemMeasure = ControlEvidence.itemMeasure(determination);
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("hs_code", line.hsCode().value());
      evidence.put("description", line.description());
      ControlEvidence.describe(itemMeasure, evidence);
      evidence.put("verdict", determination.verdict().name());
      evidence.put("as_of", declaration.asOf().toString());
      evidence.put("license_no", null);
      boolean unsure = ControlEvidence.isUnsure(itemMeasure);
      // Where the determination read the magnet's grade as naming the item, say so.
      Optional<MagnetGrades.Grade> byGrade =
          itemMeasure.item().filter(item -> MagnetGrades.bundled().names(item.id())).isPresent()
              ? MagnetGrades.bundled().needingHeavyRareEarth(line.description())
              : Optional.empty();
      byGrade.ifPresent(g -> evidence.put("named_by_grade", "grade " + g.describe()));
      findings.accept(
          new Finding(
              code(),
              unsure ? Severity.MEDIUM : Severity.HIGH,
              OptionalInt.of(line.lineNo()),
              "controlled item "
                  + ControlEvidence.itemName(itemMeasure)
                  + " ("
                  + line.hsCode()
                  + ") declared without an export license"
                  + byGrade.map(g -> " (by its grade: " + g.describe() + ")").orElse("")
                  + (unsure ? "; the control-list entry is marked unsure" : ""),
              evidence,
              itemMeasure.basis()));
    }
  }

  /**
   * A line under a code that is not conclusive whose description denies the controlled content
   * ("Dy-free", "无镝"): a claim for a documentary check (LOW, soft evidence), not a presumed
   * unlicensed export.
   */
  private Finding claim(
      EnrichedDeclaration declaration, Determination determination, GoodsLine line) {
    AppliedMeasure itemMeasure = ControlEvidence.itemMeasure(determination);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("description", line.description());
    ControlEvidence.describe(itemMeasure, evidence);
    evidence.put("verdict", determination.verdict().name());
    evidence.put("decided_by", determination.decidedBy());
    evidence.put("claim", determination.absenceClaim().orElseThrow());
    evidence.put("claimed_absent", true);
    // "N38UH, no Dy/Tb": no magnet of the class is known to be made without them.
    Optional<MagnetGrades.Grade> contradiction =
        determination.measures().stream()
                .anyMatch(
                    m -> m.item().filter(i -> MagnetGrades.bundled().names(i.id())).isPresent())
            ? MagnetGrades.bundled().needingHeavyRareEarth(line.description())
            : Optional.empty();
    contradiction.ifPresent(g -> evidence.put("claim_contradicted_by", "grade " + g.describe()));
    evidence.put("as_of", declaration.asOf().toString());
    evidence.put("license_no", null);
    return new Finding(
        code(),
        contradiction.isPresent() ? Severity.HIGH : Severity.LOW,
        OptionalInt.of(line.lineNo()),
        "documentary check: the description of "
            + line.hsCode()
            + " claims the goods are not the controlled item (\""
            + determination.absenceClaim().orElseThrow()
            + "\"); the code is not conclusive, so the specification decides whether "
            + ControlEvidence.itemName(itemMeasure)
            + " needs a license"
            + contradiction
                .map(g -> "; the claim is contradicted by its own grade: " + g.describe())
                .orElse(""),
        evidence,
        itemMeasure.basis());
  }
}
