package dev.assay.risk.detector;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.Confidence;
import dev.assay.controllist.Determination;
import java.util.Map;

/** How the control-list detectors cite the measure and item behind a determination. */
final class ControlEvidence {
  private ControlEvidence() {}

  /**
   * The measure that controls the item itself, such as MOFCOM-GAC 2024 No. 33 for antimony, not a
   * destination clause acting on top of it: the license is required under the item measure.
   */
  static AppliedMeasure itemMeasure(Determination determination) {
    return determination.measures().stream()
        .filter(m -> m.item().isPresent() && m.clause().isEmpty())
        .findFirst()
        .orElseGet(() -> gravestMeasure(determination));
  }

  /** The measure that gives the determination its verdict. */
  static AppliedMeasure gravestMeasure(Determination determination) {
    return determination.decisive().orElseThrow();
  }

  static String itemName(AppliedMeasure measure) {
    return measure.item().map(item -> item.name()).orElse("dual-use item");
  }

  static boolean isUnsure(AppliedMeasure measure) {
    return measure.confidence() == Confidence.UNSURE;
  }

  static void describe(AppliedMeasure measure, Map<String, Object> evidence) {
    measure
        .item()
        .ifPresent(
            item -> {
              evidence.put("item", item.name());
              evidence.put("mineral", item.mineral());
              evidence.put("control_code", item.controlCode().orElse(null));
            });
    evidence.put("measure", measure.basis());
    evidence.put("confidence", measure.confidence().name().toLowerCase(java.util.Locale.ROOT));
  }
}
