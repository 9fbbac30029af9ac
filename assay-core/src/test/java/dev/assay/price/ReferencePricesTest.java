package dev.assay.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.controllist.Confidence;
import dev.assay.declaration.HsCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePricesTest {
  private static final ReferencePrices PRICES = ReferencePrices.bundled();

  @Test
  void pricesFollowTheQuotesOfTheFactBase() {
    // Sb metal, Rotterdam, 2024-12-31: USD 39,500-40,000/t (fact base 5.1, REU-SB-PX).
    PriceSeries antimony = PRICES.series("antimony");
    assertThat(antimony.usdPerKg(LocalDate.of(2024, 12, 31))).isEqualTo(39.75);
    assertThat(antimony.quoteFor(LocalDate.of(2025, 1, 20)).source()).isEqualTo("REU-SB-PX");
    assertThat(antimony.quoteFor(LocalDate.of(2025, 1, 20)).confidence())
        .isEqualTo(Confidence.CONFIRMED);
    double between = PRICES.series("germanium").usdPerKg(LocalDate.of(2024, 7, 31));
    assertThat(between).isBetween(1500.0, 2630.0);
  }

  @Test
  void aFormsPriceIsItsFamilysTimesItsFactor() {
    MineralForm terbium = PRICES.form("tb-oxide");
    LocalDate day = LocalDate.of(2025, 6, 15);
    MineralPrice price = PRICES.price(terbium, day);
    assertThat(price.usdPerKg()).isEqualTo(224.0 * 4);
    assertThat(price.quote().source()).isEqualTo("ADAMAS-PX");
    assertThat(terbium.carries("terbium")).isTrue();
    assertThat(terbium.carries("rare-earth")).isTrue();
    assertThat(terbium.carries("antimony")).isFalse();
  }

  @Test
  void formsAreFoundByTheirCodeAndEveryEntryIsSourced() {
    assertThat(PRICES.formsAt(new HsCode("2846901993")))
        .extracting(MineralForm::key)
        .containsExactlyInAnyOrder("dy-oxide", "tb-oxide");
    assertThat(PRICES.formsAt(new HsCode("8505119000"))).isEmpty();
    for (MineralForm form : PRICES.forms()) {
      assertThat(form.source()).as(form.key()).isNotBlank();
      assertThat(form.asOf()).as(form.key()).isNotBlank();
    }
    for (GoodsValue value : PRICES.goodsValues()) {
      assertThat(value.source()).as(value.hsCode().value()).contains("ASSUMPTION");
      assertThat(value.confidence()).isEqualTo(Confidence.UNSURE);
    }
  }

  @Test
  void coverGoodsHaveTheirUsualValue() {
    GoodsValue lead = PRICES.goodsValue(new HsCode("7801910000")).orElseThrow();
    assertThat(lead.usdPerKgLow()).isLessThan(lead.usdPerKgHigh());
    assertThat(PRICES.goodsValue(new HsCode("8110101000"))).isEmpty();
  }

  @Test
  void aDescriptionThatNamesOtherGoodsOfTheCodeFindsTheirValue() {
    HsCode magnets = new HsCode("8505119000");
    assertThat(PRICES.goodsValue(magnets, "AlNiCo 5 cast magnets").orElseThrow().usdPerKgLow())
        .isEqualTo(15);
    assertThat(PRICES.goodsValue(magnets, "permanent magnets"))
        .isEqualTo(PRICES.goodsValue(magnets));
    assertThat(PRICES.goodsValue(magnets, null)).isEqualTo(PRICES.goodsValue(magnets));
  }

  @Test
  void quotesOutOfDateOrderAreRefused() {
    var later = new PriceSeries.Quote(LocalDate.of(2025, 1, 1), 1, 1, "x", "S", Confidence.LIKELY);
    var earlier =
        new PriceSeries.Quote(LocalDate.of(2024, 1, 1), 1, 1, "x", "S", Confidence.LIKELY);
    assertThatThrownBy(() -> new PriceSeries("x", List.of(later, earlier)))
        .hasMessageContaining("not in date order");
  }
}
