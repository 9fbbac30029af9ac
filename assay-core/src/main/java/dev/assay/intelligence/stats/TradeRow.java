package dev.assay.intelligence.stats;

/**
 * One row of the trade table: a mineral's exports in a period, to one destination or to all ({@code
 * destination} "*").
 *
 * @param share the row's share of the mineral's kilograms in the period (1 for "*")
 * @param yoyChange the change in kilograms against the same months a year before, as a fraction
 *     (-0.57 for -57%); null where the year before is outside the data or had no exports
 */
public record TradeRow(
    String mineral,
    String destination,
    String period,
    double kg,
    double usd,
    long lines,
    double share,
    Double yoyChange) {}
