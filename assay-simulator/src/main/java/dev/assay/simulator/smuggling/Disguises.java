package dev.assay.simulator.smuggling;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.Draws;
import dev.assay.simulator.GroundTruth;
import dev.assay.simulator.Typology;
import dev.assay.simulator.population.Front;
import dev.assay.simulator.reference.CoverGoods;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.trade.GoodsText;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.Shipping;
import java.util.List;
import java.util.Optional;

/**
 * Misrepresentation and value manipulation: controlled goods declared as something else, or as an
 * uncontrolled grade, or far below their value. Modelled on antimony declared as lead-antimony
 * alloy, bismuth alloy as solder paste, Dy-NdFeB under 8505119000, rare earths as iron alloy or
 * nickel powder, and NdFeB declared without its dysprosium (fact base 4.2, 4.3).
 */
final class Disguises {
  private final SmugglingContext context;

  Disguises(SmugglingContext context) {
    this.context = context;
  }

  Injected misrepresentation(MineralShipment s, long serial, Draws draws) {
    MineralShipment shipment = maybeDirect(s, draws);
    String key = shipment.product().key();
    if ((key.equals("ndfeb-dy") || key.equals("sb-oxide-hp")) && draws.chance(0.4)) {
      return omittedContent(shipment, serial, draws);
    }
    CoverGoods cover = context.cover(shipment.family(), draws);
    double value =
        draws.chance(context.difficulty().trueValueShare())
            ? shipment.marketValueUsd()
            : coverValue(cover, shipment.netKg(), draws);
    GoodsLine line = coverLine(cover, shipment.netKg(), value, draws);
    return new Injected(
        context
            .mineralTrade()
            .declare(
                shipment,
                serial,
                line,
                false,
                SmugglingContext.label(Typology.MISREPRESENTATION),
                draws),
        GroundTruth.violation(
            Typology.MISREPRESENTATION,
            cover.namesMineral() ? "cover_goods_naming_mineral" : "cover_goods",
            SmugglingContext.really(shipment) + "; declared as " + cover.description()));
  }

  /**
   * The right code family, but the controlled content left out: NdFeB magnets without their
   * dysprosium (the Ningbo and Yangshan penalty cases), high-purity antimony oxide as the ordinary
   * grade.
   */
  private Injected omittedContent(MineralShipment s, long serial, Draws draws) {
    MineralProduct ordinaryGrade =
        context.reference().productsOf(s.family()).stream()
            .filter(
                p ->
                    !p.key().equals(s.product().key())
                        && !context
                            .mineralTrade()
                            .determine(p, s.destination(), s.date())
                            .controlled())
            .findFirst()
            .orElseThrow();
    GoodsLine line =
        new GoodsLine(
            1,
            ordinaryGrade.hsCode(),
            GoodsText.describe(ordinaryGrade.descriptionEn(), ordinaryGrade.descriptionZh(), draws),
            s.netKg(),
            ordinaryGrade.unit(),
            s.netKg(),
            draws.chance(context.difficulty().trueValueShare())
                ? s.marketValueUsd()
                : Shipping.round2(
                    s.netKg() * context.mineralTrade().marketPrice(ordinaryGrade, s.date())),
            Optional.empty());
    return new Injected(
        context
            .mineralTrade()
            .declare(
                s, serial, line, false, SmugglingContext.label(Typology.MISREPRESENTATION), draws),
        GroundTruth.violation(
            Typology.MISREPRESENTATION,
            "omitted_content",
            SmugglingContext.really(s) + "; declared as " + ordinaryGrade.descriptionEn()));
  }

  Injected valueManipulation(MineralShipment s, long serial, Draws draws) {
    if (s.needsLicense() && draws.chance(0.5)) {
      // Licensed, but invoiced at a fraction of the market: the license's value lasts longer
      // and the money moves outside the declaration.
      double share = draws.uniform(0.2, 0.5);
      MineralShipment declared = s.withValue(Shipping.round2(s.marketValueUsd() * share));
      var label = SmugglingContext.label(Typology.VALUE_MANIPULATION);
      String license =
          context
              .mineralTrade()
              .licenses()
              .draw(context.mineralTrade().request(declared), s.date(), draws);
      GoodsLine line = context.mineralTrade().truthfulLine(declared, Optional.of(license), draws);
      return new Injected(
          context.mineralTrade().declare(declared, serial, line, true, label, draws),
          GroundTruth.violation(
              Typology.VALUE_MANIPULATION,
              "undervalued_licensed",
              SmugglingContext.really(s)
                  + String.format(
                      java.util.Locale.ROOT, "; declared at %.0f%% of value", share * 100)));
    }
    MineralShipment shipment = maybeDirect(s, draws);
    CoverGoods cover = context.cover(shipment.family(), draws);
    // Far below the true value; but only at the hard end as low as the cover goods themselves.
    double value = coverValue(cover, shipment.netKg(), draws);
    if (draws.chance(context.difficulty().trueValueShare())) {
      value = Math.max(value, shipment.marketValueUsd() * draws.uniform(0.2, 0.5));
    }
    GoodsLine line = coverLine(cover, shipment.netKg(), value, draws);
    return new Injected(
        context
            .mineralTrade()
            .declare(
                shipment,
                serial,
                line,
                false,
                SmugglingContext.label(Typology.VALUE_MANIPULATION),
                draws),
        GroundTruth.violation(
            Typology.VALUE_MANIPULATION,
            "undervalued_cover",
            SmugglingContext.really(shipment)
                + "; declared as "
                + cover.description()
                + " at its price"));
  }

  /**
   * A third of disguised shipments go straight to the restricted customer behind a front, as the
   * US-bound material relabelled "iron" or "zinc" did (fact base 4.2).
   */
  private MineralShipment maybeDirect(MineralShipment s, Draws draws) {
    List<Front> fronts = context.population().fronts(s.family());
    if (fronts.isEmpty() || !draws.chance(0.33)) {
      return s;
    }
    Front front = draws.pick(fronts);
    CountryCode destination = front.affiliate().country();
    MineralShipment direct = s.withParties(front.affiliate(), front.affiliate(), destination);
    return direct.mode() == TransportMode.ROAD ? direct.withMode(TransportMode.SEA) : direct;
  }

  private GoodsLine coverLine(CoverGoods cover, double kg, double value, Draws draws) {
    String text = cover.description();
    if (draws.chance(0.03)) {
      text = GoodsText.typo(text, draws);
    }
    return new GoodsLine(
        1, cover.hsCode(), text, kg, "KG", kg, Shipping.round2(value), Optional.empty());
  }

  private double coverValue(CoverGoods cover, double kg, Draws draws) {
    double[] band = context.coverBand(cover);
    return kg * draws.uniform(band[0], band[1]);
  }
}
