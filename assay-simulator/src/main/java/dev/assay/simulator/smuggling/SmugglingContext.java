package dev.assay.simulator.smuggling;

import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.price.GoodsValue;
import dev.assay.price.ReferencePrices;
import dev.assay.simulator.Draws;
import dev.assay.simulator.Typology;
import dev.assay.simulator.TypologyParameters;
import dev.assay.simulator.population.Population;
import dev.assay.simulator.reference.CoverGoods;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.MineralTrade;
import dev.assay.simulator.trade.OrdinaryTrade;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What every typology works with: the world, the trades, and how hard to make it. */
public record SmugglingContext(
    ReferenceData reference,
    Population population,
    OrdinaryTrade ordinaryTrade,
    MineralTrade mineralTrade,
    TypologyParameters difficulty) {

  static Label label(Typology typology) {
    return new Label(Outcome.VIOLATION, Optional.of(typology.label()));
  }

  /**
   * A cover for a family's goods: one naming the mineral only as often as the difficulty allows.
   */
  CoverGoods cover(String family, Draws draws) {
    List<CoverGoods> all = reference.coverGoodsOf(family);
    List<CoverGoods> silent = all.stream().filter(c -> !c.namesMineral()).toList();
    List<CoverGoods> naming = all.stream().filter(CoverGoods::namesMineral).toList();
    boolean name =
        !naming.isEmpty() && (silent.isEmpty() || draws.chance(difficulty.namingCoverShare()));
    return draws.pick(name ? naming : silent);
  }

  /**
   * The unit value band (USD/kg) of the goods a cover claims to be, for a believable value: the
   * reference value assay-core ships for the code (ReferenceData checks every cover has one).
   */
  double[] coverBand(CoverGoods cover) {
    GoodsValue value = ReferencePrices.bundled().goodsValue(cover.hsCode()).orElseThrow();
    return new double[] {value.usdPerKgLow(), value.usdPerKgHigh()};
  }

  /** The ground-truth note: what the goods really are. */
  static String really(MineralShipment s) {
    return String.format(
        Locale.ROOT,
        "really %s (%s), %.0f kg, market value USD %.0f",
        s.product().descriptionEn(),
        s.product().hsCode(),
        s.netKg(),
        s.marketValueUsd());
  }
}
