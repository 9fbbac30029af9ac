package dev.assay.intelligence.mirror;

/**
 * China's recorded exports of a mineral's goods to a partner against the partner's recorded imports
 * from China, in one period.
 *
 * @param valueRatio partner imports (CIF) over China's exports (FOB); NaN where China shows none
 * @param kgRatio the same on net weight, shown beside as a check
 */
public record MirrorGap(
    String mineral,
    String partner,
    String period,
    String chinaPeriod,
    double chinaExportsUsd,
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
