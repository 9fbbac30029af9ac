package dev.assay.intelligence.supply;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-year partial-equilibrium estimate of what cutting China's net exports of a mineral costs a
 * target economy, in the spirit of the USGS study (Nassar et al. 2024, OFR 2024-1057): a price
 * shock on the market outside China, a quantity shortfall, and the economic loss they cause. The
 * USGS solved an input-output optimisation for the loss; here one multiplier stands for it. See
 * docs/intelligence.md for the equations and every assumption.
 *
 * <p>Outside China, demand is {@code D(p) = D0 p^e} (e: demand elasticity, p the price over the
 * reference price) and supply {@code S(p) = Q0 (1 - s) p^k + (1 - c) x s Q0} (s: China's share of
 * world supply Q0, x: the share of China's output it exports, c: the cut, k: the supply elasticity
 * of producers outside China; China's remaining exports do not respond to price). {@code D0 = Q0 (1
 * - s (1 - x))}, what the world uses outside China. The price clears the market up to a ceiling
 * (max_price_multiple); above it buyers are rationed. The target economy, consuming T tonnes, loses
 * {@code (p - 1) P0 T (1 - u) + u T P0 m}: the extra cost of what it still buys, plus the output
 * lost for the unmet share u, at m dollars of output per dollar of mineral.
 */
public final class DisruptionModel {

  private DisruptionModel() {}

  public static DisruptionEstimate estimate(DisruptionParameters params, double cut) {
    if (cut < 0 || cut > 1) {
      throw new IllegalArgumentException("the cut is a share 0..1: " + cut);
    }
    double q0 = params.value("world_supply_t");
    double s = params.value("china_share");
    double x = Math.min(1, params.value("china_export_share"));
    double p0 = params.value("price_usd_per_t");
    double target = params.value("target_consumption_t");
    double e = params.value("demand_elasticity");
    double k = params.value("rest_supply_elasticity");
    double cap = params.value("max_price_multiple");
    double m = params.value("value_multiplier");
    if (e >= 0 || k < 0 || cap < 1) {
      throw new IllegalArgumentException(
          params.mineral() + ": demand elasticity < 0, supply elasticity >= 0, ceiling >= 1");
    }
    double d0 = q0 * (1 - s * (1 - x));
    double rest = q0 * (1 - s);
    double china = (1 - cut) * x * s * q0;
    // Excess demand falls as the price rises: bisect on [1, cap].
    double lo = 1;
    double hi = cap;
    boolean rationed = excess(hi, d0, e, rest, k, china) > 0;
    double p;
    if (rationed) {
      p = cap;
    } else {
      for (int i = 0; i < 100; i++) {
        double mid = (lo + hi) / 2;
        if (excess(mid, d0, e, rest, k, china) > 0) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      p = (lo + hi) / 2;
    }
    double supplied = rest * Math.pow(p, k) + china;
    double served = Math.min(d0 * Math.pow(p, e), supplied);
    double shortfall = Math.max(0, 1 - served / d0);
    double targetShort = shortfall * target;
    double priceCost = (p - 1) * p0 * target * (1 - shortfall);
    double outputLoss = targetShort * p0 * m;
    return new DisruptionEstimate(
        params.mineral(),
        cut,
        p - 1,
        rationed,
        shortfall,
        targetShort,
        priceCost,
        outputLoss,
        priceCost + outputLoss);
  }

  private static double excess(double p, double d0, double e, double rest, double k, double china) {
    return d0 * Math.pow(p, e) - (rest * Math.pow(p, k) + china);
  }

  /** The loss with one parameter at the low and the high end of its range, the others as given. */
  public record Sensitivity(
      String parameter,
      double low,
      double high,
      double lossAtLow,
      double lossAtHigh,
      String source,
      String confidence) {}

  /** One-at-a-time sensitivity of the loss to every parameter, widest swing first. */
  public static List<Sensitivity> sensitivity(DisruptionParameters params, double cut) {
    List<Sensitivity> rows = new ArrayList<>();
    for (Parameter p : params.list()) {
      double atLow = estimate(params.with(p.name(), p.low()), cut).lossUsd();
      double atHigh = estimate(params.with(p.name(), p.high()), cut).lossUsd();
      rows.add(
          new Sensitivity(p.name(), p.low(), p.high(), atLow, atHigh, p.source(), p.confidence()));
    }
    rows.sort(
        java.util.Comparator.comparingDouble(
            (Sensitivity r) -> -Math.abs(r.lossAtHigh() - r.lossAtLow())));
    return rows;
  }
}
