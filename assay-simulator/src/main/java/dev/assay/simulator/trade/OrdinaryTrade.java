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
import dev.assay.simulator.Draws;
import dev.assay.simulator.TypologyParameters;
import dev.assay.simulator.WeightedChoice;
import dev.assay.simulator.population.ExporterProfile;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.population.Population;
import dev.assay.simulator.reference.Packing;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ordinary trade: an exporter ships goods of its range to one of its regular buyers, one to a few
 * goods lines, values in the product's band, weights and containers that fit. Honest noise comes
 * with it: descriptions in two languages with typos, transit through hubs, and now and then an odd
 * but innocent consignment (a price far off the band, a sample by air, a new buyer).
 */
public final class OrdinaryTrade {
  private static final Label CLEAN = new Label(Outcome.CLEAN, Optional.empty());

  private final Population population;
  private final TypologyParameters difficulty;
  private final WeightedChoice<Product> anyProduct;

  public OrdinaryTrade(
      ReferenceData reference, Population population, TypologyParameters difficulty) {
    this.population = population;
    this.difficulty = difficulty;
    this.anyProduct = WeightedChoice.of(reference.products(), Product::weight);
  }

  /** A clean ordinary declaration. */
  public Declaration declaration(long serial, LocalDate date, Draws draws) {
    ExporterProfile exporter = population.ordinaryExporter(draws);
    boolean odd = draws.chance(difficulty.honestOddityShare());
    OverseasParty buyer =
        exporter.buyers().isEmpty() || (odd && draws.chance(0.3)) || draws.chance(0.05)
            ? population.anyBuyer(draws)
            : draws.pick(exporter.buyers());
    int lineCount = lineCount(draws);
    List<GoodsLine> lines = new ArrayList<>(lineCount);
    Packing packing = null;
    double net = 0;
    for (int i = 1; i <= lineCount; i++) {
      Product product =
          exporter.range().isEmpty() || draws.chance(0.04)
              ? anyProduct.pick(draws)
              : draws.pick(exporter.range());
      if (packing == null) {
        packing = product.packing();
      }
      double kg = draws.logUniform(product.lotKgLow(), product.lotKgHigh()) / Math.sqrt(lineCount);
      double priceFactor = odd && draws.chance(0.5) ? (draws.chance(0.5) ? 3.5 : 0.3) : 1;
      GoodsLine line = line(product, i, kg, priceFactor, draws);
      lines.add(line);
      net += line.netWeightKg();
    }
    CountryCode destination = buyer.country();
    TransportMode mode =
        odd && draws.chance(0.3)
            ? TransportMode.AIR
            : Shipping.modeFor(packing, destination, draws);
    double gross = Shipping.gross(net, packing, draws);
    Party endUser = draws.chance(0.3) ? buyer.party() : null;
    String office = Shipping.office(exporter.city(), mode, draws);
    return new Declaration(
        Shipping.declarationId(office, date.getYear(), serial),
        date,
        office,
        draws.chance(0.7) ? exporter.asChinese() : exporter.asEnglish(),
        buyer.party(),
        endUser,
        destination,
        Shipping.transit(destination, draws),
        new Transport(mode, Shipping.containers(gross, mode, packing, draws), gross),
        EndUse.UNSPECIFIED,
        lines,
        Optional.of(CLEAN));
  }

  private static int lineCount(Draws draws) {
    double u = draws.unit();
    if (u < 0.55) {
      return 1;
    }
    if (u < 0.75) {
      return 2;
    }
    if (u < 0.85) {
      return 3;
    }
    return draws.between(4, 8);
  }

  /**
   * A goods line of an ordinary product: about {@code kg} net, counted in the product's unit, at a
   * unit value in its band times {@code priceFactor}.
   */
  public static GoodsLine line(
      Product product, int lineNo, double kg, double priceFactor, Draws draws) {
    double quantity;
    double net;
    if (product.countedInKg()) {
      net = Math.max(1, Math.round(kg));
      quantity = net;
    } else {
      quantity = Math.max(1, Math.round(kg / product.kgPerUnit()));
      net = Math.max(0.1, Shipping.round1(quantity * product.kgPerUnit() * draws.noise(0.03)));
    }
    double value =
        Shipping.round2(
            net * draws.uniform(product.usdPerKgLow(), product.usdPerKgHigh()) * priceFactor);
    return new GoodsLine(
        lineNo,
        product.hsCode(),
        GoodsText.describe(product.descriptionEn(), product.descriptionZh(), draws),
        quantity,
        product.unit(),
        net,
        Math.max(0.01, value),
        Optional.empty());
  }

  /** An ordinary product for smugglers' cover cargo: of a given packing, by weight. */
  public Product anyProduct(Draws draws) {
    return anyProduct.pick(draws);
  }
}
