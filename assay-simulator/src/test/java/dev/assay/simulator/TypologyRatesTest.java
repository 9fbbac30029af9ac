package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.Outcome;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each typology occurs at the rate asked, and only where it can occur. */
class TypologyRatesTest {

  private static Map<Typology, Long> counts(Generated run) {
    Map<Typology, Long> counts = new EnumMap<>(Typology.class);
    for (SimulatedDeclaration d : run.declarations) {
      d.truth().typology().ifPresent(t -> counts.merge(t, 1L, Long::sum));
    }
    return counts;
  }

  /** Within four standard deviations of a count (split shipments come in clusters) plus 10%. */
  private static void assertNear(Typology t, long observed, double expected) {
    double cluster = t == Typology.SPLIT_SHIPMENT ? Difficulty.DEFAULT.meanSplitParts() : 1;
    double tolerance = 4 * Math.sqrt(expected * cluster) + 0.1 * expected;
    assertThat((double) observed)
        .as("%s: expected about %.0f", t.label(), expected)
        .isBetween(expected - tolerance, expected + tolerance);
  }

  @Test
  void everyTypologyComesAtItsDefaultRate() {
    Generated run = Generated.by(Generated.standard());
    Map<Typology, Long> counts = counts(run);
    for (Typology t : Typology.values()) {
      assertNear(
          t, counts.getOrDefault(t, 0L), TypologyRates.defaults().of(t) * run.declarations.size());
    }
    assertThat(run.summary.violations()).isEqualTo(counts);
  }

  @Test
  void ratesCanBeChangedOneByOneAndSwitchedOff() {
    SimulationSettings settings =
        Generated.standard()
            .withDeclarations(30_000)
            .withRates(
                TypologyRates.parse(
                    "concealment=0.01,hidden_goods=0,transshipment=0.006",
                    TypologyRates.defaults()));
    Generated run = Generated.by(settings);
    Map<Typology, Long> counts = counts(run);

    assertNear(Typology.CONCEALMENT, counts.getOrDefault(Typology.CONCEALMENT, 0L), 300);
    assertNear(Typology.TRANSSHIPMENT, counts.getOrDefault(Typology.TRANSSHIPMENT, 0L), 180);
    assertThat(counts).doesNotContainKey(Typology.HIDDEN_GOODS);
  }

  @Test
  void labelsSayViolationExactlyWhenThereIsATypology() {
    Generated run = Generated.by(Generated.standard());
    for (SimulatedDeclaration d : run.declarations) {
      var label = d.declaration().label().orElseThrow();
      assertThat(label.outcome()).isEqualTo(d.truth().outcome());
      assertThat(label.typology()).isEqualTo(d.truth().typology().map(Typology::label));
      assertThat(label.outcome() == Outcome.VIOLATION).isEqualTo(label.typology().isPresent());
    }
  }

  @Test
  void beforeAnyMeasureAndListingNothingCanBeSmuggledAndTheRunSaysSo() {
    SimulationSettings settings =
        SimulationSettings.defaults()
            .withDeclarations(5_000)
            .withPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    Generated run = Generated.by(settings);

    assertThat(run.summary.totalViolations()).isZero();
    assertThat(run.summary.warnings())
        .anySatisfy(w -> assertThat(w).contains("misrepresentation cannot occur"));
  }

  @Test
  void restrictedPartiesAppearOnlyOnceListed() {
    Generated run = Generated.by(Generated.standard());
    long seen = 0;
    for (SimulatedDeclaration d : run.declarations) {
      if (d.truth().typology().orElse(null) == Typology.RESTRICTED_PARTY) {
        String note = d.truth().note();
        LocalDate effective =
            LocalDate.parse(
                note.substring(note.indexOf("effective ") + 10, note.indexOf("effective ") + 20));
        assertThat(d.declaration().declaredAt()).isAfterOrEqualTo(effective);
        seen++;
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void ratesOutsideTheirRangeAreRefusedWithTheReason() {
    assertThatThrownBy(() -> TypologyRates.parse("concealment=0.5", TypologyRates.defaults()))
        .hasMessageContaining("concealment");
    assertThatThrownBy(() -> TypologyRates.parse("smuggling=0.1", TypologyRates.defaults()))
        .hasMessageContaining("unknown typology 'smuggling'");
  }
}
