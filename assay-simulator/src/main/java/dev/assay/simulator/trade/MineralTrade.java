package dev.assay.simulator.trade;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Label;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.Draws;
import dev.assay.simulator.WeightedChoice;
import dev.assay.simulator.license.LicenseBook;
import dev.assay.simulator.population.ExporterProfile;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.population.Population;
import dev.assay.simulator.reference.DestinationMix;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.reference.Packing;
import dev.assay.simulator.reference.ReferenceData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legitimate trade in strategic minerals. A shipment goes where the family's exports went in
 * that period (fact base 4.4), to a genuine user there; the control list, as of the shipment's
 * date, decides whether it needs a license, and a destination the list bars (a presumption of
 * denial or a ban) is not served at all: the legitimate trade goes elsewhere. Licensed shipments
 * cite a license from the {@link LicenseBook}, issued when first needed.
 */
public final class MineralTrade {
  private static final Map<String, String> LICENSE_CODES =
      Map.of(
          "antimony",
          "SB",
          "gallium",
          "GA",
          "germanium",
          "GE",
          "graphite",
          "GR",
          "tungsten",
          "WU",
          "bismuth",
          "BI",
          "rare-earth",
          "RE",
          "magnets",
          "MG");

  private static final Map<String, String[]> END_USES =
      Map.of(
          "antimony",
              new String[] {
                "flame retardant production", "lead-acid battery alloys", "PET catalyst"
              },
          "gallium",
              new String[] {"GaAs wafer production", "LED chip manufacturing", "NdFeB additive"},
          "germanium", new String[] {"infrared optics", "optical fibre preforms", "PET catalyst"},
          "graphite", new String[] {"lithium-ion battery anodes", "refractories", "brake linings"},
          "tungsten", new String[] {"cemented carbide tools", "tungsten wire", "catalysts"},
          "bismuth", new String[] {"pharmaceuticals", "low-melting alloys", "pigments"},
          "rare-earth",
              new String[] {"permanent magnet production", "phosphors", "ceramic capacitors"},
          "magnets",
              new String[] {"electric motors", "wind turbine generators", "consumer electronics"});

  private final ReferenceData reference;
  private final Population population;
  private final ControlList controlList;
  private final LicenseBook licenses;
  private final Map<String, WeightedChoice<MineralProduct>> products = new HashMap<>();
  private final Map<String, Determination> determinations = new HashMap<>();
  private LocalDate cachedDay;

  public MineralTrade(
      ReferenceData reference,
      Population population,
      ControlList controlList,
      LicenseBook licenses) {
    this.reference = reference;
    this.population = population;
    this.controlList = controlList;
    this.licenses = licenses;
    for (String family : reference.families()) {
      products.put(family, WeightedChoice.of(reference.productsOf(family), MineralProduct::share));
    }
  }

  public LicenseBook licenses() {
    return licenses;
  }

  /** A legitimate shipment of the family on the date, to a destination the list allows. */
  public MineralShipment plan(String family, LocalDate date, Draws draws) {
    return plan(products.get(family).pick(draws), date, draws);
  }

  /** A legitimate shipment of a given product on the date. */
  public MineralShipment plan(MineralProduct product, LocalDate date, Draws draws) {
    String family = product.family();
    List<ExporterProfile> traders = population.mineralTraders(family);
    ExporterProfile exporter = draws.pick(traders);
    List<DestinationMix.Entry> mix = reference.destinations(family).on(date);
    WeightedChoice<DestinationMix.Entry> choice =
        WeightedChoice.of(
            mix.isEmpty() ? reference.destinations(family).entries() : mix,
            DestinationMix.Entry::weight);
    CountryCode destination = null;
    Determination determination = null;
    for (int attempt = 0; attempt < 12; attempt++) {
      CountryCode candidate = choice.pick(draws).country();
      Determination d = determine(product, candidate, date);
      // a line whose verdict depends on its specification ships as the uncontrolled goods it is
      if (!d.controlled() || d.verdict() == Verdict.LICENSE_REQUIRED) {
        destination = candidate;
        determination = d;
        break;
      }
    }
    if (destination == null) {
      // Every draw was barred: the trade goes to Japan, which no measure of the period bars for
      // civil users.
      destination = CountryCode.JAPAN;
      determination = determine(product, destination, date);
    }
    List<OverseasParty> users = population.mineralBuyers(family, destination);
    OverseasParty consignee = draws.pick(users);
    OverseasParty endUser = draws.chance(0.6) ? consignee : draws.pick(users);
    double kg = draws.logUniform(product.lotKgLow(), product.lotKgHigh());
    kg = kg >= 1000 ? Math.round(kg / 25) * 25.0 : Math.max(1, Math.round(kg));
    double value = kg * marketPrice(product, date) * draws.noise(0.06);
    TransportMode mode = product.transport();
    if (mode == TransportMode.SEA && destination.value().equals("VN") && draws.chance(0.3)) {
      mode = TransportMode.ROAD;
    }
    return new MineralShipment(
        family,
        date,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        kg,
        Shipping.round2(value),
        mode,
        determination.verdict(),
        controlCode(determination),
        measureEffective(determination, date));
  }

  /** The market price of a product on a date, USD per kg (no noise). */
  public double marketPrice(MineralProduct product, LocalDate date) {
    return reference.prices(product.family()).usdPerKg(date) * product.priceFactor();
  }

  /** The shipment declared as it is, licensed where the list requires. */
  public Declaration legitimate(MineralShipment s, long serial, Label label, Draws draws) {
    Optional<String> license =
        s.needsLicense()
            ? Optional.of(licenses.draw(request(s), s.date(), draws))
            : Optional.empty();
    return declare(s, serial, truthfulLine(s, license, draws), s.needsLicense(), label, draws);
  }

  /** The goods line of a shipment declared truthfully, citing a license or not. */
  public GoodsLine truthfulLine(MineralShipment s, Optional<String> license, Draws draws) {
    return new GoodsLine(
        1,
        s.product().hsCode(),
        GoodsText.describe(s.product().descriptionEn(), s.product().descriptionZh(), draws),
        s.netKg(),
        s.product().unit(),
        s.netKg(),
        s.marketValueUsd(),
        license);
  }

  /** A declaration of a shipment with the given line, parties and transport of the shipment. */
  public Declaration declare(
      MineralShipment s, long serial, GoodsLine line, boolean licensed, Label label, Draws draws) {
    return declare(s, serial, List.of(line), licensed, label, draws);
  }

  public Declaration declare(
      MineralShipment s,
      long serial,
      List<GoodsLine> lines,
      boolean licensed,
      Label label,
      Draws draws) {
    double net = lines.stream().mapToDouble(GoodsLine::netWeightKg).sum();
    Packing packing =
        s.mode() == TransportMode.AIR || s.mode() == TransportMode.POST
            ? Packing.PALLET
            : Packing.CONTAINER;
    double gross = Shipping.gross(net, packing, draws);
    String office = Shipping.office(s.exporter().city(), s.mode(), draws);
    return new Declaration(
        Shipping.declarationId(office, s.date().getYear(), serial),
        s.date(),
        office,
        draws.chance(0.7) ? s.exporter().asChinese() : s.exporter().asEnglish(),
        s.consignee().party(),
        s.endUser().party(),
        s.destination(),
        List.of(),
        new Transport(s.mode(), Shipping.containers(gross, s.mode(), packing, draws), gross),
        licensed || draws.chance(0.3) ? EndUse.CIVIL : EndUse.UNSPECIFIED,
        lines,
        Optional.of(label));
  }

  /** What a license for this shipment would be asked for. */
  public LicenseBook.Request request(MineralShipment s) {
    return request(s, s.consignee().party(), s.endUser().party(), s.destination());
  }

  public LicenseBook.Request request(
      MineralShipment s, Party consignee, Party endUser, CountryCode destination) {
    String[] uses = END_USES.getOrDefault(s.family(), new String[] {"industrial use"});
    String endUse = uses[Math.floorMod(endUser.name().hashCode(), uses.length)];
    return new LicenseBook.Request(
        s.exporter().asChinese(),
        consignee.name(),
        consignee.country(),
        endUser.name(),
        endUser.country(),
        endUse,
        destination,
        LICENSE_CODES.getOrDefault(s.family(), "DU"),
        s.controlCode(),
        s.product().hsCode(),
        s.product().descriptionEn(),
        s.netKg(),
        s.marketValueUsd(),
        s.measureEffective());
  }

  /** What the control list says of a product to a destination on a date (cached for the day). */
  public Determination determine(MineralProduct product, CountryCode destination, LocalDate date) {
    return determine(product.hsCode(), product.descriptionEn(), destination, date);
  }

  public Determination determine(
      HsCode code, String description, CountryCode destination, LocalDate date) {
    if (!date.equals(cachedDay)) {
      determinations.clear();
      cachedDay = date;
    }
    String key = code.value() + '|' + description + '|' + destination.value();
    Determination d = determinations.get(key);
    if (d == null) {
      d =
          controlList.determine(
              new DeterminationQuery(
                  code, description, destination, destination, EndUse.CIVIL, date));
      determinations.put(key, d);
    }
    return d;
  }

  /** The shipment re-determined for another destination (the list may say otherwise there). */
  public MineralShipment redetermined(MineralShipment s, CountryCode destination) {
    Determination d = determine(s.product(), destination, s.date());
    return s.withVerdict(d.verdict(), controlCode(d), measureEffective(d, s.date()));
  }

  /** The products of a family that the list controls on a date (to a civil user in Japan). */
  public List<MineralProduct> controlledProducts(String family, LocalDate date) {
    return reference.productsOf(family).stream()
        .filter(p -> determine(p, CountryCode.JAPAN, date).controlled())
        .toList();
  }

  private static Optional<String> controlCode(Determination determination) {
    return determination.measures().stream()
        .map(AppliedMeasure::item)
        .flatMap(Optional::stream)
        .map(ControlledItem::controlCode)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static LocalDate measureEffective(Determination determination, LocalDate date) {
    return determination.measures().stream()
        .filter(m -> m.verdict() == Verdict.LICENSE_REQUIRED)
        .map(m -> m.measure().effective())
        .findFirst()
        .orElse(date);
  }
}
