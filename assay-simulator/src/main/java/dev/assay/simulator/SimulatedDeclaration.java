package dev.assay.simulator;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import java.util.Optional;

/**
 * One generated declaration: the declaration as filed, labelled with its true outcome, the ground
 * truth behind it, and what an inspection policy would have observed, when one is simulated.
 */
public record SimulatedDeclaration(
    Declaration declaration, GroundTruth truth, Optional<Observation> observation) {

  /** The declaration with the labels an agency would have: empty where it did not inspect. */
  public Declaration withObservedLabel() {
    Optional<Label> label =
        observation
            .flatMap(Observation::outcome)
            .map(
                outcome ->
                    new Label(
                        outcome,
                        outcome == dev.assay.declaration.Outcome.VIOLATION
                            ? truth.typology().map(Typology::label)
                            : Optional.empty()));
    return relabel(label);
  }

  /** The declaration without labels. */
  public Declaration unlabelled() {
    return relabel(Optional.empty());
  }

  private Declaration relabel(Optional<Label> label) {
    return declaration.withLabel(label);
  }
}
