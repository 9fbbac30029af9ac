package dev.assay.intelligence.mirror;

import dev.assay.intelligence.stats.Granularity;

/**
 * The allowances under which two records of the same trade count as agreeing.
 *
 * @param cifMargin imports are valued CIF (with freight and insurance), exports FOB: the importer's
 *     figure is expected at up to this much above the exporter's (0.06: the 6% factor the IMF's
 *     Direction of Trade Statistics use to convert between the two; conf: likely)
 * @param tolerance beyond the CIF margin, how far the ratio may stray either way before it is a gap
 *     (0.25: exchange-rate timing, valuation and partner attribution differences are routinely
 *     10-20%)
 * @param lagMonths whole months between an export and its import record beyond the transit share:
 *     the importer's period is compared with the exporter's period shifted this many months earlier
 *     (0: sea freight from China takes two to six weeks, which the transit share covers)
 * @param transitShare the share of a month's exports recorded by the partner the month after (goods
 *     in transit over the month's end); NaN: estimated from the monthly data ({@link
 *     MirrorAnalysis#transitShare()}). A whole-month lag cannot express this: a quarter of a
 *     month's goods arriving late makes the quarter's mirror ratio depend on how the flow moved
 *     over the quarter's ends, which on a steeply falling flow is far outside any tolerance
 * @param reexportThreshold a partner whose exports of the goods to third countries reach this share
 *     of its imports from China (by kilograms) in the period is flagged as a re-export hub
 * @param minValueUsd cells below this on both sides are left out (rounding noise)
 */
public record MirrorAllowances(
    double cifMargin,
    double tolerance,
    int lagMonths,
    double transitShare,
    double reexportThreshold,
    double minValueUsd,
    Granularity granularity) {

  public static final MirrorAllowances DEFAULT =
      new MirrorAllowances(0.06, 0.25, 0, Double.NaN, 0.5, 10_000, Granularity.QUARTER);

  public MirrorAllowances {
    if (cifMargin < 0 || tolerance < 0 || lagMonths < 0 || reexportThreshold <= 0) {
      throw new IllegalArgumentException("allowances are non-negative, the threshold positive");
    }
    if (transitShare < 0 || transitShare > 1) {
      throw new IllegalArgumentException("the transit share is between 0 and 1 (or estimated)");
    }
  }
}
