package dev.assay.simulator.trade;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.price.GoodsValue;
import dev.assay.price.ReferencePrices;
import dev.assay.simulator.Draws;
import dev.assay.simulator.TypologyParameters;
import dev.assay.simulator.population.ExporterProfile;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.population.Population;
import dev.assay.simulator.reference.CoverGoods;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.reference.Packing;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Honest trade that looks like a typology, so that a detector tuned on the simulator is argued
 * with: each kind is clean, and each would trip a naive version of a detector.
 *
 * <ul>
 *   <li>{@code producer_cover}: a licensed mineral producer ships its ordinary metals (its own
 *       product range: one or two cover goods, the same each time), the goods smugglers use as
 *       covers (lead-antimony alloy, zinc, tin alloy), at their own price;
 *   <li>{@code heavy_packing}: an ordinary consignment whose packing weighs 30-60% of the goods;
 *   <li>{@code hub_new_customer}: a trading company ships cover goods at the cover's price, plainly
 *       described, to a new customer in a hub;
 *   <li>{@code parcel_series}: 4-9 small air or post parcels of an ordinary good to one consignee
 *       within two weeks (samples, spare parts, e-commerce);
 *   <li>{@code dy_free}: NdFeB magnets without heavy rare earths described as such ("无镝",
 *       "Dy-free") under the broad magnet code, no license needed.
 * </ul>
 */
public final class HonestLookalikes {
  private static final Label CLEAN = new Label(Outcome.CLEAN, Optional.empty());
  private static final String[] HUBS = {"HK", "SG", "AE", "MY", "TR", "TH", "VN", "MX", "BE"};
  private static final String[][] DY_FREE = {
    {"烧结钕铁硼磁钢，无镝", "sintered NdFeB blocks, Dy-free"},
    {"钕铁硼磁体 不含镝", "NdFeB magnets, free of dysprosium"},
    {"烧结钕铁硼磁体 N35，无镝无铽", "NdFeB magnets N35, Dy < 0.1%"}
  };

  /** One declaration still to be made: its date and how to make it given its serial. */
  public record Part(LocalDate date, String kind, LongFunction<Declaration> make) {}

  private final ReferenceData reference;
  private final Population population;
  private final OrdinaryTrade ordinary;
  private final MineralTrade minerals;
  private final TypologyParameters parameters;
  private final List<String> coverFamilies = new ArrayList<>();

  public HonestLookalikes(
      ReferenceData reference,
      Population population,
      OrdinaryTrade ordinary,
      MineralTrade minerals,
      TypologyParameters parameters) {
    this.reference = reference;
    this.population = population;
    this.ordinary = ordinary;
    this.minerals = minerals;
    this.parameters = parameters;
    for (String family : reference.families()) {
      if (!reference.coverGoodsOf(family).isEmpty()
          && !population.mineralTraders(family).isEmpty()) {
        coverFamilies.add(family);
      }
    }
  }

  /** The share of all declarations that are honest look-alikes. */
  public double share() {
    return parameters.lookalikeShare();
  }

  /**
   * One honest look-alike starting on {@code date}: usually one declaration, a parcel series
   * several (the first on the date, the others within two weeks).
   */
  public List<Part> next(LocalDate date, Draws draws) {
    double u = draws.unit() * share();
    if ((u -= parameters.producerCoverShare()) < 0 && !coverFamilies.isEmpty()) {
      return List.of(
          new Part(date, "producer_cover", serial -> producerCover(serial, date, draws)));
    }
    if ((u -= parameters.heavyPackingShare()) < 0) {
      return List.of(new Part(date, "heavy_packing", serial -> heavyPacking(serial, date, draws)));
    }
    if ((u -= parameters.hubNewCustomerShare()) < 0 && !coverFamilies.isEmpty()) {
      return List.of(
          new Part(date, "hub_new_customer", serial -> hubNewCustomer(serial, date, draws)));
    }
    if ((u -= parameters.honestParcelShare()) < 0) {
      return parcelSeries(date, draws);
    }
    return List.of(new Part(date, "dy_free", serial -> dyFree(serial, date, draws)));
  }

  private Declaration producerCover(long serial, LocalDate date, Draws draws) {
    String family = draws.pick(coverFamilies);
    ExporterProfile producer = draws.pick(population.mineralTraders(family));
    CoverGoods cover = rangeOf(producer, family, draws);
    OverseasParty buyer =
        producer.buyers().isEmpty() ? population.anyBuyer(draws) : draws.pick(producer.buyers());
    double kg = draws.logUniform(2_000, 40_000);
    return declaration(
        serial,
        date,
        producer,
        buyer.party(),
        coverLine(cover, kg, draws),
        TransportMode.SEA,
        Packing.CONTAINER,
        Shipping.gross(kg, Packing.CONTAINER, draws),
        draws);
  }

  /**
   * The ordinary metal a producer ships: one or two of its family's cover goods, the same ones each
   * time (its product range, fixed by its credit code), as a smelter sells its by-products to its
   * usual buyers year after year; not a fresh cover good at every shipment.
   */
  private CoverGoods rangeOf(ExporterProfile producer, String family, Draws draws) {
    List<CoverGoods> covers = reference.coverGoodsOf(family);
    int first = Math.floorMod(producer.code().value().hashCode(), covers.size());
    int k = covers.size() > 1 && draws.chance(0.3) ? 1 : 0;
    return covers.get((first + k) % covers.size());
  }

  private Declaration heavyPacking(long serial, LocalDate date, Draws draws) {
    Declaration d = ordinary.declaration(serial, date, draws);
    double net = d.lines().stream().mapToDouble(GoodsLine::netWeightKg).sum();
    double gross = Math.ceil(net * draws.uniform(1.3, 1.6));
    Transport t = d.transport();
    return new Declaration(
        d.id(),
        d.declaredAt(),
        d.customsOffice(),
        d.exporter(),
        d.consignee(),
        d.endUser(),
        d.destination(),
        d.transitCountries(),
        new Transport(t.mode(), t.containerCount(), gross),
        d.endUse(),
        d.lines(),
        d.label());
  }

  private Declaration hubNewCustomer(long serial, LocalDate date, Draws draws) {
    ExporterProfile trader = population.ordinaryExporter(draws);
    CoverGoods cover = draws.pick(reference.coverGoodsOf(draws.pick(coverFamilies)));
    CountryCode hub = new CountryCode(draws.pick(HUBS));
    OverseasParty customer =
        population.newParty(reference.country(hub), OverseasParty.Role.BUYER, false, draws);
    double kg = draws.logUniform(500, 20_000);
    return declaration(
        serial,
        date,
        trader,
        customer.party(),
        coverLine(cover, kg, draws),
        TransportMode.SEA,
        Packing.CONTAINER,
        Shipping.gross(kg, Packing.CONTAINER, draws),
        draws);
  }

  private List<Part> parcelSeries(LocalDate date, Draws draws) {
    ExporterProfile exporter = population.ordinaryExporter(draws);
    Product product =
        exporter.range().isEmpty() ? ordinary.anyProduct(draws) : draws.pick(exporter.range());
    OverseasParty buyer =
        exporter.buyers().isEmpty() ? population.anyBuyer(draws) : draws.pick(exporter.buyers());
    int n = draws.between(4, 9);
    TransportMode mode = draws.chance(0.5) ? TransportMode.AIR : TransportMode.POST;
    List<Part> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate day = i == 0 ? date : date.plusDays(draws.between(1, 13));
      double kg = draws.uniform(2, 40);
      parts.add(
          new Part(
              day,
              "parcel_series",
              serial -> {
                GoodsLine line = OrdinaryTrade.line(product, 1, kg, 1, draws);
                return declaration(
                    serial,
                    day,
                    exporter,
                    buyer.party(),
                    line,
                    mode,
                    Packing.PARCEL,
                    Shipping.gross(line.netWeightKg(), Packing.PARCEL, draws),
                    draws);
              }));
    }
    parts.sort(java.util.Comparator.comparing(Part::date));
    return parts;
  }

  private Declaration dyFree(long serial, LocalDate date, Draws draws) {
    MineralProduct plain =
        reference.productsOf("magnets").stream()
            .filter(p -> p.key().equals("ndfeb"))
            .findFirst()
            .orElse(null);
    if (plain == null) {
      return ordinary.declaration(serial, date, draws);
    }
    MineralShipment s = minerals.plan(plain, date, draws);
    if (s.needsLicense()) {
      return ordinary.declaration(serial, date, draws);
    }
    GoodsLine truthful = minerals.truthfulLine(s, Optional.empty(), draws);
    String[] text = draws.pick(DY_FREE);
    String description = draws.chance(0.5) ? text[0] : text[1];
    GoodsLine line =
        new GoodsLine(
            1,
            truthful.hsCode(),
            description,
            truthful.quantity(),
            truthful.unit(),
            truthful.netWeightKg(),
            truthful.valueUsd(),
            Optional.empty());
    return minerals.declare(s, serial, line, false, CLEAN, draws);
  }

  private static GoodsLine coverLine(CoverGoods cover, double kg, Draws draws) {
    GoodsValue value = ReferencePrices.bundled().goodsValue(cover.hsCode()).orElseThrow();
    double net = Math.round(kg);
    return new GoodsLine(
        1,
        cover.hsCode(),
        cover.description(),
        net,
        "KG",
        net,
        Shipping.round2(net * draws.uniform(value.usdPerKgLow(), value.usdPerKgHigh())),
        Optional.empty());
  }

  private static Declaration declaration(
      long serial,
      LocalDate date,
      ExporterProfile exporter,
      Party consignee,
      GoodsLine line,
      TransportMode mode,
      Packing packing,
      double gross,
      Draws draws) {
    String office = Shipping.office(exporter.city(), mode, draws);
    return new Declaration(
        Shipping.declarationId(office, date.getYear(), serial),
        date,
        office,
        draws.chance(0.7) ? exporter.asChinese() : exporter.asEnglish(),
        consignee,
        draws.chance(0.3) ? consignee : null,
        consignee.country(),
        List.of(),
        new Transport(mode, Shipping.containers(gross, mode, packing, draws), gross),
        EndUse.UNSPECIFIED,
        List.of(line),
        Optional.of(CLEAN));
  }
}
