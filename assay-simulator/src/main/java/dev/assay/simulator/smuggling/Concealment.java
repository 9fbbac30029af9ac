package dev.assay.simulator.smuggling;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.Draws;
import dev.assay.simulator.GroundTruth;
import dev.assay.simulator.Typology;
import dev.assay.simulator.population.ExporterProfile;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.reference.Packing;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.trade.GoodsText;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.OrdinaryTrade;
import dev.assay.simulator.trade.Shipping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Concealment and hidden goods: controlled goods travelling undeclared inside an ordinary
 * consignment. Concealed goods leave a trace in the paperwork, a gross weight that the declared
 * goods and their packing cannot explain (the 25 t of antimony ingots in a Hong Kong-bound
 * container, fact base 4.2). Hidden goods leave almost none: the declared weights include them and
 * only the weight per declared unit is a little high (rare-earth powder in mannequins, liquids in
 * water bottles, powder mixed into tile material, fact base 4.2).
 */
final class Concealment {
  /** Heavy, cheap container goods that hide a dense metal well (HS code prefixes). */
  private static final List<String> CARRIERS =
      List.of("6907", "6802", "4412", "7318", "7308", "3214", "2201");

  /** What hidden goods travel in: mannequins, bottled water, artists' colours, tile material. */
  private static final List<String> HIDING_PLACES = List.of("9618", "2201", "3213", "6907");

  private final SmugglingContext context;
  private final List<Product> carriers;
  private final List<Product> hidingPlaces;

  Concealment(SmugglingContext context) {
    this.context = context;
    this.carriers = byPrefix(context, CARRIERS);
    this.hidingPlaces = byPrefix(context, HIDING_PLACES);
  }

  private static List<Product> byPrefix(SmugglingContext context, List<String> prefixes) {
    List<Product> list =
        context.reference().products().stream()
            .filter(
                p -> prefixes.stream().anyMatch(prefix -> p.hsCode().value().startsWith(prefix)))
            .toList();
    if (list.isEmpty()) {
      throw new IllegalStateException("products.csv lacks the carrier goods " + prefixes);
    }
    return list;
  }

  Injected concealment(MineralShipment s, long serial, Draws draws) {
    Product carrier = draws.pick(carriers);
    double hiddenShare =
        draws.uniform(
            context.difficulty().hiddenShareLow(), context.difficulty().hiddenShareHigh());
    // The smuggled lot is the shipment's own; the cover cargo is sized to hide it.
    double hiddenKg = s.netKg();
    double declaredKg = Math.max(50, Math.min(60_000, hiddenKg / hiddenShare));
    GoodsLine line = OrdinaryTrade.line(carrier, 1, declaredKg, 1, draws);
    // The weighbridge sees everything: the gross weight is that of the real cargo.
    double gross = Shipping.gross(line.netWeightKg() + hiddenKg, Packing.CONTAINER, draws);
    // A small consignment of a precious mineral flies; a heavy one fills containers.
    TransportMode mode = gross < 3000 ? TransportMode.AIR : TransportMode.SEA;
    int containers =
        mode == TransportMode.AIR
            ? 0
            : (int)
                Math.max(
                    1, Math.ceil(gross / draws.uniform(22_000, Shipping.CONTAINER_PAYLOAD_KG)));
    Declaration d =
        declaration(s, serial, line, mode, containers, gross, Typology.CONCEALMENT, draws);
    return new Injected(
        d,
        GroundTruth.violation(
            Typology.CONCEALMENT,
            hiddenShare >= 0.4 ? "gross_weight_gap" : "gross_weight_gap_within_tolerance",
            String.format(
                Locale.ROOT,
                "%.0f kg of %s undeclared inside %s",
                hiddenKg,
                s.product().descriptionEn(),
                carrier.descriptionEn())));
  }

  Injected hiddenGoods(MineralShipment s, long serial, Draws draws) {
    Product place = draws.pick(hidingPlaces);
    boolean parcel = !place.hsCode().value().startsWith("6907");
    double hiddenKg =
        parcel ? Math.round(draws.logUniform(5, 200)) : Math.round(draws.logUniform(200, 3000));
    double visibleKg =
        parcel
            ? Math.round(hiddenKg * draws.uniform(1.5, 4))
            : draws.uniform(place.lotKgLow(), place.lotKgHigh());
    double inflation = draws.uniform(1.0, context.difficulty().unitWeightInflation());
    // The declared units are as many as would weigh the total at the inflated unit weight:
    // the heavier the difficulty lets each unit look, the fewer units are declared.
    double totalKg = visibleKg + hiddenKg;
    double quantity =
        place.countedInKg()
            ? totalKg
            : Math.max(1, Math.round(totalKg / (place.kgPerUnit() * inflation)));
    double value =
        Shipping.round2(
            visibleKg
                * draws.uniform(place.usdPerKgLow(), place.usdPerKgHigh())
                * draws.uniform(1, 1 + hiddenKg / totalKg));
    GoodsLine line =
        new GoodsLine(
            1,
            place.hsCode(),
            GoodsText.describe(place.descriptionEn(), place.descriptionZh(), draws),
            quantity,
            place.unit(),
            Shipping.round1(totalKg),
            Math.max(0.01, value),
            Optional.empty());
    TransportMode mode =
        parcel ? (draws.chance(0.6) ? TransportMode.POST : TransportMode.AIR) : TransportMode.SEA;
    Packing packing = parcel ? Packing.PARCEL : Packing.CONTAINER;
    double gross = Shipping.gross(line.netWeightKg(), packing, draws);
    int containers = Shipping.containers(gross, mode, packing, draws);
    MineralShipment hidden = s.withWeight(hiddenKg);
    return new Injected(
        declaration(s, serial, line, mode, containers, gross, Typology.HIDDEN_GOODS, draws),
        GroundTruth.violation(
            Typology.HIDDEN_GOODS,
            parcel ? "small_parcels" : "mixed_into_cargo",
            String.format(
                Locale.ROOT,
                "%.0f kg of %s hidden in %s (market value USD %.0f)",
                hiddenKg,
                s.product().descriptionEn(),
                place.descriptionEn(),
                hidden.marketValueUsd())));
  }

  /** An ordinary-looking declaration filed by the shipment's exporter or a hired ordinary one. */
  private Declaration declaration(
      MineralShipment s,
      long serial,
      GoodsLine line,
      TransportMode mode,
      int containers,
      double gross,
      Typology typology,
      Draws draws) {
    ExporterProfile exporter =
        draws.chance(0.5) ? s.exporter() : context.population().ordinaryExporter(draws);
    List<OverseasParty> buyers = context.population().buyersIn(s.destination());
    Party consignee =
        buyers.isEmpty() || draws.chance(0.4) ? s.consignee().party() : draws.pick(buyers).party();
    String office = Shipping.office(exporter.city(), mode, draws);
    return new Declaration(
        Shipping.declarationId(office, s.date().getYear(), serial),
        s.date(),
        office,
        draws.chance(0.7) ? exporter.asChinese() : exporter.asEnglish(),
        consignee,
        draws.chance(0.3) ? consignee : null,
        s.destination(),
        List.of(),
        new Transport(mode, containers, gross),
        EndUse.UNSPECIFIED,
        List.of(line),
        Optional.of(SmugglingContext.label(typology)));
  }
}
