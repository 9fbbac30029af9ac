package dev.assay.risk.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.price.ReferencePrices;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueAnomalyDetectorTest {
  private static final Enricher ENRICHER = new Enricher(ControlList.bundled());
  private static final ReferencePrices PRICES = ReferencePrices.bundled();

  /** Antimony's market price is quoted at USD 55-62/kg in March 2025 (EDGE-HK). */
  private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 15);

  private final ValueAnomalyDetector detector = ValueAnomalyDetector.bundled();
  private int next;

  private List<Finding> inspect(String hs, String description, double kg, double usdPerKg) {
    return inspect(hs, description, kg, usdPerKg, MARCH_2025);
  }

  private List<Finding> inspect(
      String hs, String description, double kg, double usdPerKg, LocalDate day) {
    CountryCode to = new CountryCode("VN");
    Declaration d =
        new Declaration(
            "D-" + next++,
            day,
            "5300",
            new Exporter(
                UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Metals"),
            new Party("Buyer", to, "Hanoi"),
            null,
            to,
            List.of(),
            new Transport(TransportMode.SEA, 1, kg * 1.05),
            EndUse.UNSPECIFIED,
            List.of(
                new GoodsLine(
                    1, new HsCode(hs), description, kg, "KG", kg, kg * usdPerKg, Optional.empty())),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    detector.inspect(ENRICHER.enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  private double antimonyPrice(LocalDate day) {
    return PRICES.price(PRICES.form("sb-ingot"), day).usdPerKg();
  }

  /** Honest lead-antimony battery alloy at USD 2.0-3.2/kg. */
  private void learnLeadAlloy(int declarations) {
    for (int i = 0; i < declarations; i++) {
      assertThat(inspect("7801910000", "lead alloy ingots", 20_000, 2.0 + (i % 7) * 0.2)).isEmpty();
    }
  }

  /** Honest aluminium alloy ingots, a cover for gallium, at USD 2.2-2.6/kg. */
  private void learnAluminiumAlloy() {
    for (int i = 0; i < 60; i++) {
      inspect("7601200000", "aluminium alloy ingots", 20_000, 2.2 + (i % 5) * 0.1);
    }
  }

  @Test
  void aCoverCodeDeclaredAtTheMineralsPriceIsMisrepresentation() {
    learnLeadAlloy(60);
    double price = antimonyPrice(MARCH_2025);

    List<Finding> findings = inspect("7801910000", "lead alloy ingots", 20_000, price * 0.97);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.VALUE_ANOMALY);
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence())
                  .containsEntry("pattern", "at_mineral_price")
                  .containsEntry("mineral", "antimony")
                  .containsEntry("band_observations", 60L)
                  .containsEntry(
                      "price_source", "EDGE-HK; form: " + PRICES.form("sb-ingot").source());
              assertThat((String) f.evidence().get("band_source")).startsWith("learned, 10-digit");
              assertThat((String) f.evidence().get("known_case")).contains("lead-antimony");
              assertThat(f.basis()).contains("Customs Law");
            });
  }

  @Test
  void aCoverCodeAtTheDearEndOfItsOwnRangeIsNotReported() {
    learnLeadAlloy(60);

    assertThat(inspect("7801910000", "lead alloy ingots", 20_000, 4.5)).isEmpty();
  }

  @Test
  void withoutHistoryACoverCodeIsJudgedByItsReferenceValue() {
    double dyOxide = PRICES.price(PRICES.form("dy-oxide"), LocalDate.of(2025, 6, 15)).usdPerKg();

    List<Finding> hit =
        inspect("7202999000", "iron alloy powder", 500, dyOxide, LocalDate.of(2025, 6, 15));
    List<Finding> nearMiss =
        inspect("7202999000", "iron alloy powder", 500, 5.5, LocalDate.of(2025, 6, 15));

    assertThat(hit)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry("mineral", "rare-earth");
              assertThat(f.evidence()).containsEntry("band_observations", 0L);
              assertThat((String) f.evidence().get("band_source")).startsWith("reference");
            });
    assertThat(nearMiss).isEmpty();
  }

  @Test
  void otherHonestGoodsOfACoverCodeAreJudgedByTheirOwnValueWhereTheDescriptionNamesThem() {
    // 8505119000 is other metal permanent magnets: AlNiCo at USD 30/kg is its ordinary trade.
    LocalDate june = LocalDate.of(2025, 6, 15);

    assertThat(inspect("8505119000", "AlNiCo 5 cast magnets", 400, 30, june)).isEmpty();
    assertThat(inspect("8505119000", "铝镍钴磁钢 LNG37", 400, 30, june)).isEmpty();
  }

  @Test
  void ndFeBMagnetsDeclaredUnderTheOtherMagnetsCodeAreJudgedByWhatNdFeBFetches() {
    // The code is MISDECLARED_GOODS's question; at NdFeB's own price the value hides nothing.
    LocalDate june = LocalDate.of(2025, 6, 15);

    assertThat(inspect("8505119000", "sintered NdFeB magnets N42, Dy-free", 700, 42, june))
        .isEmpty();
    assertThat(inspect("8505119000", "钕铁硼磁钢 N35", 700, 38, june)).isEmpty();
  }

  @Test
  void nearMissFerriteMagnetsAtNdFeBsPriceAreStillReported() {
    LocalDate june = LocalDate.of(2025, 6, 15);

    assertThat(inspect("8505119000", "hard ferrite magnets Y30", 700, 42, june))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("pattern", "at_mineral_price"));
  }

  @Test
  void namedGoodsOfACodeLearnTheirBandApartFromTheCodesDefaultGoods() {
    LocalDate june = LocalDate.of(2025, 6, 15);
    for (int i = 0; i < 60; i++) {
      inspect("8505119000", "hard ferrite magnets Y30", 5_000, 1.6 + (i % 5) * 0.1, june);
      inspect("8505119000", "NdFeB block magnets N35", 700, 40 + (i % 5), june);
    }

    // Ferrite's band is not widened by the NdFeB beside it...
    assertThat(inspect("8505119000", "hard ferrite magnets Y30", 700, 42, june))
        .singleElement()
        .satisfies(
            f ->
                assertThat((String) f.evidence().get("band_source"))
                    .startsWith("learned, 10-digit code"));
    // ...and NdFeB is judged by its own history (61 lines with the one just judged): five times
    // it is far above.
    assertThat(inspect("8505119000", "NdFeB block magnets N35", 700, 42, june)).isEmpty();
    assertThat(inspect("8505119000", "NdFeB block magnets N35", 700, 210, june))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("band_source", "learned, named goods of the code")
                    .containsEntry("band_observations", 61L));
  }

  /** Honest plain NdFeB under the other-magnets code at USD 40-44/kg, learned apart. */
  private void learnPlainNdFeB(LocalDate day) {
    for (int i = 0; i < 60; i++) {
      inspect("8505119000", "sintered NdFeB magnets N42, Dy-free", 700, 40 + (i % 5), day);
    }
  }

  @Test
  void namedGoodsWellAboveWhatTheSameGoodsFetchUnderTheCodeArePricedLikeMoreThanTheySay() {
    LocalDate june = LocalDate.of(2025, 6, 15);
    learnPlainNdFeB(june);

    // "Dy-free" at the price of a Dy grade
    assertThat(inspect("8505119000", "NdFeB magnets 42SH, Dy-free", 900, 66, june))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.evidence())
                  .containsEntry("pattern", "above_named_goods_band")
                  .containsEntry("band_source", "learned, named goods of the code");
              assertThat(f.message()).contains("1.6 times");
            });
  }

  @Test
  void nearMissNamedGoodsAtAnHonestPremiumOrDefaultGoodsAboveTheirBandAreNotReported() {
    LocalDate june = LocalDate.of(2025, 6, 15);
    learnPlainNdFeB(june);
    for (int i = 0; i < 60; i++) {
      inspect("8505119000", "hard ferrite magnets Y30", 5_000, 1.6 + (i % 5) * 0.1, june);
    }

    // a coated or higher N grade: within 1.3 times
    assertThat(inspect("8505119000", "NdFeB magnets N52, NiCuNi coated", 900, 52, june)).isEmpty();
    // ferrite at 1.6 times its band is no mineral's price and no named goods' premium
    assertThat(inspect("8505119000", "hard ferrite magnets Y30", 5_000, 2.9, june)).isEmpty();
  }

  @Test
  void nearMissMagnetsThatNameNoOtherGoodsAreJudgedByTheCodesDefaultValue() {
    LocalDate june = LocalDate.of(2025, 6, 15);

    assertThat(inspect("8505119000", "permanent magnets", 400, 30, june))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("mineral", "magnets"));
  }

  @Test
  void aCoverFarAboveItsBandAtNoMineralsPriceIsStillReported() {
    learnAluminiumAlloy();

    // gallium costs hundreds of dollars a kilogram: USD 48/kg matches neither it nor the alloy
    assertThat(inspect("7601200000", "aluminium alloy", 27, 48))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence())
                  .containsEntry("pattern", "far_above_band")
                  .containsEntry("mineral", "gallium");
            });
  }

  @Test
  void nearMissACoverAtThreeTimesItsBandIsNotReported() {
    learnAluminiumAlloy();

    assertThat(inspect("7601200000", "aluminium alloy", 27, 7.5)).isEmpty();
  }

  @Test
  void aCoverWellAboveItsBandButBelowTheMineralIsAnUndervaluedCover() {
    learnLeadAlloy(60);
    double price = antimonyPrice(MARCH_2025);

    // About half the price of antimony concentrate, the cheapest form of antimony.
    List<Finding> findings = inspect("7801910000", "lead alloy ingots", 20_000, price * 0.18);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence())
                  .containsEntry("pattern", "between_band_and_mineral_price")
                  .containsEntry("mineral_form", "antimony concentrate Sb 45%");
              assertThat((double) f.evidence().get("share_of_mineral_price")).isBetween(0.4, 0.6);
            });
  }

  @Test
  void anOrdinaryCodeFarAboveItsBandButAtNoMineralsPriceIsNotReported() {
    // Cotton T-shirts cover for no mineral: a dear lot is a dear brand.
    for (int i = 0; i < 60; i++) {
      assertThat(inspect("6109100000", "cotton T-shirts", 2_000, 0.4 + (i % 5) * 0.05)).isEmpty();
    }
    // Ten times the usual value, but far from every controlled mineral's price (the cheapest,
    // flake graphite, is about USD 0.7/kg; antimony concentrate about USD 20/kg).
    assertThat(inspect("6109100000", "cotton T-shirts", 2_000, 5.0)).isEmpty();
  }

  @Test
  void controlledGoodsFarBelowTheirMarketPriceAreUndervalued() {
    double price = antimonyPrice(MARCH_2025);

    List<Finding> findings = inspect("8110101000", "antimony ingots", 5_000, price * 0.3);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence())
                  .containsEntry("pattern", "below_market_price")
                  .containsEntry("mineral", "antimony")
                  .containsEntry("measure", "MOFCOM-GAC 2024 No. 33");
              assertThat(f.basis()).startsWith("MOFCOM-GAC 2024 No. 33");
              assertThat(f.severity()).as("a confirmed quote").isEqualTo(Severity.HIGH);
              assertThat(f.message()).contains("30% of the market price");
            });
  }

  @Test
  void undervaluedAgainstAnUnsureQuoteIsAWeakerCase() {
    // Gallium's early-2025 quote (444C) is marked unsure in the fact base.
    LocalDate day = LocalDate.of(2025, 3, 1);
    double price = PRICES.price(PRICES.form("ga-metal"), day).usdPerKg();

    assertThat(inspect("8112929010", "gallium metal 4N", 100, price * 0.3, day))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void controlledGoodsNearTheirMarketPriceAreNotReported() {
    double price = antimonyPrice(MARCH_2025);

    assertThat(inspect("8110101000", "antimony ingots", 5_000, price * 0.8)).isEmpty();
  }

  @Test
  void cheapControlledGoodsAreNotReportedWhereTheirOwnHistoryIsAsCheap() {
    // Exporters who sell at China's domestic price, about half Europe's (fact base 5.1, OED-SB).
    double price = antimonyPrice(MARCH_2025);
    for (int i = 0; i < 60; i++) {
      inspect("8110101000", "antimony ingots", 5_000, price * (0.5 + (i % 3) * 0.01));
    }

    assertThat(inspect("8110101000", "antimony ingots", 5_000, price * 0.45)).isEmpty();
  }

  @Test
  void aBandIsNeverLearnedFromALaterDeclaration() {
    // 7202600000 is a ferro-alloy (lookalike heading 7202 for rare earths) with no reference value.
    LocalDate day = LocalDate.of(2025, 6, 15);
    double dyOxide = PRICES.price(PRICES.form("dy-oxide"), day).usdPerKg();
    assertThat(inspect("7202600000", "ferro-nickel", 500, dyOxide, day))
        .as("nothing seen before: no band, nothing to judge by")
        .isEmpty();
    for (int i = 0; i < 40; i++) {
      assertThat(inspect("7202600000", "ferro-nickel", 20_000, 2.0 + (i % 4) * 0.3, day)).isEmpty();
    }

    List<Finding> findings = inspect("7202600000", "ferro-nickel", 500, dyOxide, day);

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("band_observations", 41L));
  }
}
