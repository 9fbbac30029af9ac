package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.declaration.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Observed labels are what customs would know under an inspection policy: outcomes only for the
 * inspected share, found violations a subset of the true ones, and targeted inspections richer in
 * violations than random ones, which is the selection bias a model trained on them inherits.
 */
class ObservedLabelsTest {
  private static final InspectionPolicy POLICY = new InspectionPolicy(0.05, 0.2);
  private static final SimulationSettings SETTINGS = Generated.standard().withInspection(POLICY);

  @Test
  void aboutTheInspectedShareIsInspectedAndOnlyThoseCarryAnOutcome() {
    Generated run = Generated.by(SETTINGS);
    long inspected = 0;
    long random = 0;
    for (SimulatedDeclaration d : run.declarations) {
      Observation o = d.observation().orElseThrow();
      assertThat(o.outcome().isPresent()).isEqualTo(o.inspected());
      assertThat(d.withObservedLabel().label().isPresent()).isEqualTo(o.inspected());
      if (o.inspected()) {
        inspected++;
        if (o.selection() == Observation.Selection.RANDOM) {
          random++;
        }
      }
    }
    double n = run.declarations.size();
    assertThat(inspected / n).isCloseTo(0.05, within(0.01));
    assertThat(random / (double) inspected).isCloseTo(0.2, within(0.05));
    assertThat(run.summary.inspected()).isEqualTo(inspected);
  }

  @Test
  void observedViolationsAreTrueViolationsAndCarryTheirTypology() {
    for (SimulatedDeclaration d : Generated.by(SETTINGS).declarations) {
      if (d.observation().orElseThrow().outcome().orElse(null) == Outcome.VIOLATION) {
        assertThat(d.truth().isViolation()).isTrue();
        assertThat(d.withObservedLabel().label().orElseThrow().typology())
            .isEqualTo(d.truth().typology().map(Typology::label));
      }
    }
  }

  @Test
  void targetedInspectionsFindMoreViolationsThanRandomOnesAndMissSome() {
    long targeted = 0;
    long targetedHits = 0;
    long random = 0;
    long randomHits = 0;
    long missed = 0;
    for (SimulatedDeclaration d : Generated.by(SETTINGS).declarations) {
      Observation o = d.observation().orElseThrow();
      boolean hit = o.outcome().orElse(null) == Outcome.VIOLATION;
      if (o.selection() == Observation.Selection.TARGETED) {
        targeted++;
        targetedHits += hit ? 1 : 0;
      } else if (o.selection() == Observation.Selection.RANDOM) {
        random++;
        randomHits += hit ? 1 : 0;
      }
      if (o.inspected() && !hit && d.truth().isViolation()) {
        missed++;
      }
    }
    assertThat(targetedHits / (double) targeted).isGreaterThan(2 * randomHits / (double) random);
    assertThat(missed).isPositive();
  }
}
