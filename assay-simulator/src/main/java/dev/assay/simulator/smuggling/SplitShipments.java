package dev.assay.simulator.smuggling;

import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.Draws;
import dev.assay.simulator.GroundTruth;
import dev.assay.simulator.Typology;
import dev.assay.simulator.population.Front;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.reference.CoverGoods;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.Shipping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Split shipments: one consignment cut into many small parcels by post or air over consecutive
 * days, so that each one looks too small to matter ("many small parcels, many times", 快递小包多次少量,
 * fact base 4.2). At the easy end the parts are truthfully described and go to one consignee; at
 * the hard end they travel under cover names to the sibling fronts of one network.
 */
final class SplitShipments {
  private final SmugglingContext context;
  private long schemes;

  SplitShipments(SmugglingContext context) {
    this.context = context;
  }

  /** Cuts a shipment into parts dated from its date on; parts after {@code last} are dropped. */
  List<SplitPart> plan(MineralShipment s, LocalDate last, Draws draws) {
    int parts =
        draws.between(context.difficulty().splitPartsLow(), context.difficulty().splitPartsHigh());
    double totalKg = Math.round(draws.logUniform(20, 600));
    List<Front> fronts = context.population().fronts(s.family());
    boolean rotate =
        !fronts.isEmpty() && context.difficulty().nameVariantLevel() > 0 && draws.chance(0.5);
    boolean covered = draws.chance(context.difficulty().nameVariantLevel() / 2.0);
    long scheme = ++schemes;
    List<SplitPart> list = new ArrayList<>();
    LocalDate date = s.date();
    Front network = rotate ? draws.pick(fronts) : null;
    for (int i = 1; i <= parts; i++) {
      if (date.isAfter(last)) {
        break;
      }
      double kg = Math.max(0.5, Shipping.round1(totalKg / parts * draws.noise(0.25)));
      MineralShipment part =
          s.withWeight(kg).withMode(draws.chance(0.6) ? TransportMode.POST : TransportMode.AIR);
      if (network != null) {
        OverseasParty to = siblingOf(fronts, network, draws);
        part = part.withParties(to, to, to.country());
      }
      list.add(new SplitPart(date, part, i, parts, scheme, covered));
      date = date.plusDays(draws.between(0, 3));
    }
    return list;
  }

  private static OverseasParty siblingOf(List<Front> fronts, Front network, Draws draws) {
    List<OverseasParty> siblings = new ArrayList<>();
    for (Front f : fronts) {
      if (f.front().network() == network.front().network()) {
        siblings.add(f.front());
      }
    }
    return draws.pick(siblings);
  }

  Injected declare(SplitPart part, long serial, Draws draws) {
    MineralShipment s = part.shipment();
    GoodsLine line;
    if (part.covered()) {
      CoverGoods cover = context.cover(s.family(), draws);
      double[] band = context.coverBand(cover);
      line =
          new GoodsLine(
              1,
              cover.hsCode(),
              cover.description(),
              s.netKg(),
              "KG",
              s.netKg(),
              Shipping.round2(s.netKg() * draws.uniform(band[0], band[1])),
              Optional.empty());
    } else {
      line = context.mineralTrade().truthfulLine(s, Optional.empty(), draws);
    }
    return new Injected(
        context
            .mineralTrade()
            .declare(
                s, serial, line, false, SmugglingContext.label(Typology.SPLIT_SHIPMENT), draws),
        GroundTruth.violation(
            Typology.SPLIT_SHIPMENT,
            part.covered() ? "parcels_under_cover_names" : "parcels_truthfully_described",
            String.format(
                Locale.ROOT,
                "scheme %d, part %d of %d: %s",
                part.scheme(),
                part.index(),
                part.of(),
                SmugglingContext.really(s))));
  }
}
