package dev.assay.simulator.smuggling;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.Draws;
import dev.assay.simulator.GroundTruth;
import dev.assay.simulator.Typology;
import dev.assay.simulator.WeightedChoice;
import dev.assay.simulator.population.Front;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.reference.CountryProfile;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.reference.RestrictedParty;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.OrdinaryTrade;
import dev.assay.simulator.trade.Shipping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dealings with the wrong parties. Restricted parties: a company on China's export-control control
 * list or unreliable-entity list (restricted-parties-cn.csv) as consignee or end user, under a name
 * variant, only from the day its listing took effect. Transshipment: a front company in a hub
 * country, sharing its brand with the restricted customer behind it and often its address with
 * sibling fronts, receives the goods with a license obtained for itself (Thai Unipet and Youngsun
 * &amp; Essen; germanium through Belgium; fact base 4.2 and 4.4).
 */
final class PartyViolations {
  private static final String[] HUBS = {"HK", "SG", "AE", "MY", "TR"};

  private final SmugglingContext context;
  private final List<RestrictedParty> parties;

  PartyViolations(SmugglingContext context) {
    this.context = context;
    this.parties = context.reference().restrictedParties();
  }

  /** Whether any restricted party is listed on the date. */
  boolean anyListed(LocalDate date) {
    return parties.stream().anyMatch(p -> p.listedOn(date));
  }

  Injected restrictedParty(LocalDate date, MineralShipment mineral, long serial, Draws draws) {
    List<RestrictedParty> listed = new ArrayList<>();
    for (RestrictedParty party : parties) {
      if (party.listedOn(date)) {
        listed.add(party);
      }
    }
    RestrictedParty party = draws.pick(listed);
    String name = NameVariants.of(party, context.difficulty().nameVariantLevel(), draws);
    Party restricted = new Party(name, party.country(), addressOf(party));
    boolean mineralGoods = mineral != null && draws.chance(0.4);
    // Controlled goods declared straight to a destination the list bars would be stopped at
    // clearance (customs data show no antimony to the US from October 2024): they go via a hub.
    boolean barred =
        mineralGoods
            && context
                    .mineralTrade()
                    .determine(mineral.product(), party.country(), date)
                    .verdict()
                    .compareTo(dev.assay.controllist.Verdict.LICENSE_REQUIRED)
                > 0;
    boolean viaHub = barred || draws.chance(0.3);
    Party consignee;
    Party endUser;
    CountryCode destination;
    if (viaHub) {
      CountryCode hub = new CountryCode(draws.pick(HUBS));
      OverseasParty agent = draws.pick(context.population().buyersIn(hub));
      consignee = agent.party();
      endUser = restricted;
      destination = hub;
    } else {
      consignee = restricted;
      endUser = draws.chance(0.5) ? restricted : null;
      destination = party.country();
    }
    GoodsLine line;
    TransportMode mode;
    String goods;
    if (mineralGoods) {
      line = context.mineralTrade().truthfulLine(mineral, Optional.empty(), draws);
      mode = mineral.mode() == TransportMode.ROAD ? TransportMode.SEA : mineral.mode();
      goods = mineral.product().descriptionEn();
    } else {
      Product product = context.ordinaryTrade().anyProduct(draws);
      line =
          OrdinaryTrade.line(
              product, 1, draws.logUniform(product.lotKgLow(), product.lotKgHigh()), 1, draws);
      mode =
          product.packing() == dev.assay.simulator.reference.Packing.PALLET
              ? TransportMode.AIR
              : TransportMode.SEA;
      goods = product.descriptionEn();
    }
    var exporter =
        mineral != null ? mineral.exporter() : context.population().ordinaryExporter(draws);
    double gross = Math.ceil(line.netWeightKg() * draws.uniform(1.03, 1.12));
    String office = Shipping.office(exporter.city(), mode, draws);
    Declaration d =
        new Declaration(
            Shipping.declarationId(office, date.getYear(), serial),
            date,
            office,
            draws.chance(0.7) ? exporter.asChinese() : exporter.asEnglish(),
            consignee,
            endUser,
            destination,
            List.of(),
            new Transport(
                mode,
                mode == TransportMode.AIR ? 0 : (int) Math.max(1, Math.ceil(gross / 22_000)),
                gross),
            EndUse.UNSPECIFIED,
            List.of(line),
            Optional.of(SmugglingContext.label(Typology.RESTRICTED_PARTY)));
    return new Injected(
        d,
        GroundTruth.violation(
            Typology.RESTRICTED_PARTY,
            viaHub ? "end_user_via_hub" : "direct",
            party.nameEn()
                + " ("
                + party.list()
                + ", "
                + party.announcement()
                + ", effective "
                + party.effective()
                + ") written as '"
                + name
                + "'; goods: "
                + goods));
  }

  /** The party's address, the same every time it appears (drawn from its name, not the run). */
  private String addressOf(RestrictedParty party) {
    CountryProfile country = context.reference().country(party.country());
    Draws own = new Draws(party.nameEn().hashCode());
    return own.between(1, 9999)
        + " "
        + own.pick(country.streets())
        + ", "
        + own.pick(country.cities());
  }

  Injected transshipment(MineralShipment s, long serial, Draws draws) {
    List<Front> fronts = context.population().fronts(s.family());
    Front front = WeightedChoice.of(fronts, f -> f.route().weight()).pick(draws);
    CountryCode hub = front.front().country();
    boolean blatant = draws.chance(context.difficulty().blatantFrontShare());
    OverseasParty endUser = blatant ? front.affiliate() : front.front();
    MineralShipment routed =
        context.mineralTrade().redetermined(s.withParties(front.front(), endUser, hub), hub);
    if (routed.mode() == TransportMode.ROAD && !hub.value().equals("VN")) {
      routed = routed.withMode(TransportMode.SEA);
    }
    var label = SmugglingContext.label(Typology.TRANSSHIPMENT);
    Declaration d;
    if (routed.needsLicense()) {
      // The front applied for the license itself, as the end user: on paper all is in order.
      String license =
          context
              .mineralTrade()
              .licenses()
              .draw(context.mineralTrade().request(routed), s.date(), draws);
      d =
          context
              .mineralTrade()
              .declare(
                  routed,
                  serial,
                  context.mineralTrade().truthfulLine(routed, Optional.of(license), draws),
                  true,
                  label,
                  draws);
    } else {
      d =
          context
              .mineralTrade()
              .declare(
                  routed,
                  serial,
                  context.mineralTrade().truthfulLine(routed, Optional.empty(), draws),
                  false,
                  label,
                  draws);
    }
    return new Injected(
        d,
        GroundTruth.violation(
            Typology.TRANSSHIPMENT,
            blatant
                ? "real_end_user_named"
                : front.front().party().address().equals(siblingAddress(fronts, front))
                    ? "front_shares_address"
                    : "front_shares_brand",
            "front "
                + front.front().name()
                + " ("
                + hub
                + ") passes the goods to "
                + front.affiliate().name()
                + " ("
                + front.route().finalDestination()
                + ")"));
  }

  /** The address another front of the same network uses, or "" if none shares it. */
  private static String siblingAddress(List<Front> fronts, Front front) {
    for (Front other : fronts) {
      if (other != front
          && other.front().network() == front.front().network()
          && other.front().party().address().equals(front.front().party().address())) {
        return other.front().party().address();
      }
    }
    return "";
  }
}
