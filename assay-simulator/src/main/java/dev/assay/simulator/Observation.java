package dev.assay.simulator;

import dev.assay.declaration.Outcome;
import java.util.Optional;

/**
 * What customs would have learnt of a declaration under an inspection policy: whether it was
 * inspected, why (a random control or a targeted one), and the outcome found, which for an
 * uninspected declaration is unknown.
 */
public record Observation(boolean inspected, Selection selection, Optional<Outcome> outcome) {

  /** Why a declaration was inspected. */
  public enum Selection {
    NOT_SELECTED,
    RANDOM,
    TARGETED
  }
}
