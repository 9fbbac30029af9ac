package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.GoodsLine;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.statistics.ExportStatistics;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The simulated export statistics show the pattern of the public figures (fact base section 5): the
 * fall after each measure takes effect and the shift of exports to third countries.
 */
class PostControlTest {
  private static final SimulationSettings SETTINGS =
      SimulationSettings.defaults().withDeclarations(100_000).withSeed(11).withMineralShare(0.5);

  private static ExportStatistics statistics() {
    ExportStatistics statistics = new ExportStatistics(ReferenceData.bundled());
    for (SimulatedDeclaration d : Generated.by(SETTINGS).declarations) {
      statistics.add(d.declaration());
    }
    return statistics;
  }

  private static YearMonth[] months(String from, String to) {
    return new YearMonth[] {YearMonth.parse(from), YearMonth.parse(to)};
  }

  @Test
  void antimonyExportsInQ1_2025FallAbout57PercentOnQ1_2024() {
    double change =
        statistics().change("antimony", months("2024-01", "2024-03"), months("2025-01", "2025-03"));
    assertThat(change).isCloseTo(-57, within(10.0));
  }

  @Test
  void germaniumExportsInQ1_2025FallAbout39PercentOnQ1_2024() {
    double change =
        statistics()
            .change("germanium", months("2024-01", "2024-03"), months("2025-01", "2025-03"));
    assertThat(change).isCloseTo(-39, within(12.0));
  }

  @Test
  void magnetExportsCollapseInMay2025AfterTheRareEarthControls() {
    double change =
        statistics().change("magnets", months("2024-05", "2024-05"), months("2025-05", "2025-05"));
    assertThat(change).isCloseTo(-74, within(12.0));
  }

  @Test
  void antimonyShiftsToThailandAndMexicoAndStopsGoingToTheUnitedStates() {
    ExportStatistics statistics = statistics();
    double before = statistics.share("antimony", months("2024-01", "2024-08"), List.of("TH", "MX"));
    double after = statistics.share("antimony", months("2025-01", "2025-05"), List.of("TH", "MX"));
    double usBefore = statistics.share("antimony", months("2024-01", "2024-08"), List.of("US"));
    double usAfter = statistics.share("antimony", months("2024-10", "2025-10"), List.of("US"));

    assertThat(after).isGreaterThan(3 * before).isGreaterThan(35);
    assertThat(usBefore).isGreaterThan(15);
    assertThat(usAfter).isLessThan(3);
  }

  @Test
  void noLegitimateGalliumGermaniumOrAntimonyGoesToTheUnitedStatesWhileTheListPresumesDenial() {
    Set<String> families =
        Set.of(
            "8112929010",
            "8112921090",
            "2825600002",
            "8110101000",
            "2825800010",
            "2617101000",
            "3818009004");
    LocalDate from = LocalDate.of(2024, 12, 3);
    LocalDate to = LocalDate.of(2025, 11, 8);
    long checked = 0;
    for (SimulatedDeclaration d : Generated.by(SETTINGS).declarations) {
      LocalDate date = d.declaration().declaredAt();
      if (d.truth().isViolation() || date.isBefore(from) || date.isAfter(to)) {
        continue;
      }
      for (GoodsLine line : d.declaration().lines()) {
        if (families.contains(line.hsCode().value())) {
          checked++;
          assertThat(d.declaration().destination()).isNotEqualTo(CountryCode.UNITED_STATES);
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void transshipmentsGoToHubFrontsOfTheFamilysRoutes() {
    long seen = 0;
    for (SimulatedDeclaration d : Generated.by(SETTINGS).declarations) {
      if (d.truth().typology().orElse(null) == Typology.TRANSSHIPMENT) {
        seen++;
        assertThat(d.declaration().destination()).isEqualTo(d.declaration().consignee().country());
        assertThat(d.declaration().destination().value()).isNotEqualTo("US");
        assertThat(d.truth().note()).contains("passes the goods to");
      }
    }
    assertThat(seen).isGreaterThan(30);
  }
}
