package dev.assay.intelligence.stats;

/** What was exported in one cell of the statistics: net kilograms, US dollars, goods lines. */
public record TradeCell(double kg, double usd, long lines) {
  public static final TradeCell EMPTY = new TradeCell(0, 0, 0);

  public TradeCell plus(TradeCell other) {
    return new TradeCell(kg + other.kg, usd + other.usd, lines + other.lines);
  }
}
