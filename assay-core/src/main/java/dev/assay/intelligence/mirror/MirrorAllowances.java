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
 * @param lagMonths goods exported in one month are recorded as imports up to this many months later
 *     (sea freight from China: two to six weeks); with monthly data, the importer's period is
 *     compared with the exporter's period shifted this many months earlier
 * @param reexportThreshold a partner whose exports of the goods to third countries reach this share
 *     of its imports from China (by kilograms) in the period is flagged as a re-export hub
 * @param minValueUsd cells below this on both sides are left out (rounding noise)
 */
public record MirrorAllowances(
    double cifMargin,
    double tolerance,
    int lagMonths,
    double reexportThreshold,
    double minValueUsd,
    Granularity granularity) {

  public static final MirrorAllowances DEFAULT =
      new MirrorAllowances(0.06, 0.25, 0, 0.5, 10_000, Granularity.QUARTER);

  public MirrorAllowances {
    if (cifMargin < 0 || tolerance < 0 || lagMonths < 0 || reexportThreshold <= 0) {
      throw new IllegalArgumentException("allowances are non-negative, the threshold positive");
    }
  }
}
