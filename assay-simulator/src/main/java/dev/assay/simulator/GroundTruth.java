package dev.assay.simulator;

import dev.assay.declaration.Outcome;
import java.util.Optional;

/**
 * What really happened with a declaration, which only the simulator knows: clean or a violation,
 * the typology and its variant, and a note for whoever studies the case (the real goods, the real
 * end user).
 */
public record GroundTruth(
    Outcome outcome, Optional<Typology> typology, String variant, String note) {

  public static final GroundTruth CLEAN = new GroundTruth(Outcome.CLEAN, Optional.empty(), "", "");

  public static GroundTruth violation(Typology typology, String variant, String note) {
    return new GroundTruth(Outcome.VIOLATION, Optional.of(typology), variant, note);
  }

  public boolean isViolation() {
    return outcome == Outcome.VIOLATION;
  }
}
