package dev.assay.price;

/**
 * What a form of a mineral fetches on one date, with the quote of its family that the figure rests
 * on (for citing source and date).
 */
public record MineralPrice(MineralForm form, double usdPerKg, PriceSeries.Quote quote) {}
