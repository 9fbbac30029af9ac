package dev.assay.intelligence.mirror;

/**
 * China's recorded exports of a mineral's goods to a partner against the partner's recorded imports
 * from China, in one period.
 *
 * @param chinaExportsUsd China's recorded exports (FOB) in {@code chinaPeriod}
 * @param expectedUsd the same, timing-adjusted: plus the transit share of the month before the
 *     period, less that of its last month ({@link MirrorAnalysis#transitShare()})
 * @param valueRatio partner imports (CIF) over the timing-adjusted exports; NaN where none
 * @param kgRatio the same on net weight (timing-adjusted alike), shown beside as a check
 */
public record MirrorGap(
    String mineral,
    String partner,
    String period,
    String chinaPeriod,
    double chinaExportsUsd,
    double expectedUsd,
    double partnerImportsUsd,
    double valueRatio,
    double chinaExportsKg,
    double partnerImportsKg,
    double kgRatio,
    Finding finding,
    String explanation) {

  public enum Finding {
    CONSISTENT,
    /** The partner records more than China: exports under other codes, undeclared, or smuggled. */
    PARTNER_RECORDS_MORE,
    /** The partner records less: goods declared to it went elsewhere, or misdeclared on import. */
    PARTNER_RECORDS_LESS,
    /** Only one side records the trade. */
    ONE_SIDE_ONLY
  }
}
