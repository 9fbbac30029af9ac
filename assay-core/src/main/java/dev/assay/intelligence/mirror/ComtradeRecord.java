package dev.assay.intelligence.mirror;

import java.time.YearMonth;

/**
 * One row of partner-country trade data in the UN Comtrade layout: a reporter's recorded trade with
 * a partner in a commodity over a period.
 *
 * @param reporter ISO 3166 alpha-3 of the reporting country (CHN, THA, ...)
 * @param partner ISO alpha-3 of the partner, or W00 for the world
 * @param flow M (import), X (export), RX (re-export), RM (re-import)
 * @param month the month, or January of the year for annual data ({@code annual} true)
 * @param commodity the HS code as reported (6 digits in Comtrade)
 * @param valueUsd the primary value: CIF for imports, FOB for exports
 */
public record ComtradeRecord(
    String reporter,
    String partner,
    String flow,
    YearMonth month,
    boolean annual,
    String commodity,
    double valueUsd,
    double netWeightKg) {

  public boolean isImport() {
    return flow.equals("M");
  }

  /** Exports and re-exports: what leaves the reporter. */
  public boolean isExport() {
    return flow.equals("X") || flow.equals("RX");
  }
}
