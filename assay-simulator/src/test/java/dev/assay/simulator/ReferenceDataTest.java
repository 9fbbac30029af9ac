package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.simulator.reference.CoverGoods;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.reference.ReferenceData;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference data is cited, and consistent with the control list it simulates against. */
class ReferenceDataTest {
  private static final ReferenceData DATA = ReferenceData.bundled();
  private static final ControlList LIST = ControlList.bundled();
  private static final Set<String> CONFIDENCE = Set.of("confirmed", "likely", "unsure");
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2023, 1, 1),
          LocalDate.of(2024, 10, 1),
          LocalDate.of(2025, 6, 1),
          LocalDate.of(2026, 2, 1));

  @Test
  void everyEntryNamesItsSourceAndConfidence() {
    for (Product p : DATA.products()) {
      assertThat(p.sourced().source()).as(p.descriptionEn()).isNotBlank();
      assertThat(p.sourced().confidence()).as(p.descriptionEn()).isIn(CONFIDENCE);
    }
    for (MineralProduct p : DATA.mineralProducts()) {
      assertThat(p.sourced().source()).as(p.key()).isNotBlank();
      assertThat(p.sourced().confidence()).as(p.key()).isIn(CONFIDENCE);
    }
    for (String family : DATA.families()) {
      DATA.prices(family)
          .quotes()
          .forEach(q -> assertThat(q.confidence().yamlName()).isIn(CONFIDENCE));
    }
  }

  @Test
  void ordinaryProductsAreNotOnTheControlList() {
    for (Product p : DATA.products()) {
      assertThat(LIST.itemsFor(p.hsCode())).as(p.hsCode() + " " + p.descriptionEn()).isEmpty();
    }
  }

  @Test
  void coverGoodsAreUncontrolledAsDeclaredOnEveryDate() {
    for (CoverGoods cover : DATA.coverGoods()) {
      for (LocalDate date : DATES) {
        var query =
            new DeterminationQuery(
                cover.hsCode(),
                cover.description(),
                CountryCode.JAPAN,
                CountryCode.JAPAN,
                EndUse.CIVIL,
                date);
        assertThat(LIST.determine(query).controlled()).as(cover + " on " + date).isFalse();
      }
    }
  }

  @Test
  void mineralProductsAreListedUnlessTheyAreTheOrdinaryGrade() {
    for (MineralProduct p : DATA.mineralProducts()) {
      var query =
          new DeterminationQuery(
              p.hsCode(),
              p.descriptionEn(),
              CountryCode.JAPAN,
              CountryCode.JAPAN,
              EndUse.CIVIL,
              LocalDate.of(2025, 6, 1));
      boolean ordinaryGrade = p.key().equals("sb-oxide") || p.key().equals("ndfeb");
      assertThat(LIST.determine(query).controlled()).as(p.key()).isEqualTo(!ordinaryGrade);
    }
  }

  @Test
  void everyFamilyHasFlowsPricesDestinationsRoutesAndCovers() {
    assertThat(DATA.families())
        .contains(
            "antimony",
            "gallium",
            "germanium",
            "graphite",
            "tungsten",
            "bismuth",
            "rare-earth",
            "magnets");
    for (String family : DATA.families()) {
      assertThat(DATA.prices(family).usdPerKg(LocalDate.of(2025, 1, 1))).as(family).isPositive();
      assertThat(DATA.destinations(family).on(LocalDate.of(2025, 1, 1))).as(family).isNotEmpty();
      assertThat(DATA.routesOf(family)).as(family).isNotEmpty();
      assertThat(DATA.coverGoodsOf(family)).as(family).isNotEmpty();
    }
  }

  @Test
  void restrictedPartiesAreTheListedEntitiesOnceEachFromTheirFirstListing() {
    var parties = DATA.restrictedParties();
    assertThat(parties)
        .extracting(p -> p.nameEn())
        .contains("Lockheed Martin Corporation", "Skydio, Inc.");
    assertThat(parties).extracting(p -> p.nameEn()).doesNotHaveDuplicates();
    var lockheed =
        parties.stream()
            .filter(p -> p.nameEn().equals("Lockheed Martin Corporation"))
            .findFirst()
            .orElseThrow();
    assertThat(lockheed.effective()).isEqualTo(LocalDate.of(2023, 2, 16));
    var aidc =
        parties.stream()
            .filter(p -> p.nameEn().startsWith("Aerospace Industrial"))
            .findFirst()
            .orElseThrow();
    assertThat(aidc.country().value()).isEqualTo("TW");
  }

  @Test
  void pricesFollowTheQuotesOfTheFactBase() {
    // Sb metal, Rotterdam, 2024-12-31: USD 39,500-40,000/t (fact base 5.1).
    assertThat(DATA.prices("antimony").usdPerKg(LocalDate.of(2024, 12, 31))).isEqualTo(39.75);
    // Between quotes the price moves linearly.
    double mid = DATA.prices("germanium").usdPerKg(LocalDate.of(2024, 7, 31));
    assertThat(mid).isBetween(1500.0, 2630.0);
  }
}
