package dev.assay.price;

import dev.assay.controllist.Confidence;
import java.time.LocalDate;
import java.util.List;

/**
 * A mineral family's reference price in USD per kg over time: dated quotes, interpolated linearly
 * between them and held flat beyond the first and the last.
 */
public record PriceSeries(String family, List<Quote> quotes) {

  /**
   * One dated quote: a band (low equals high for a single figure), what was quoted and where it
   * comes from (a source key of the fact base, DERIVED or ASSUMPTION).
   */
  public record Quote(
      LocalDate date, double low, double high, String what, String source, Confidence confidence) {
    public double mid() {
      return (low + high) / 2;
    }
  }

  public PriceSeries {
    quotes = List.copyOf(quotes);
    if (quotes.isEmpty()) {
      throw new IllegalArgumentException("no price quotes for " + family);
    }
    for (int i = 1; i < quotes.size(); i++) {
      if (!quotes.get(i).date().isAfter(quotes.get(i - 1).date())) {
        throw new IllegalArgumentException("price quotes of " + family + " are not in date order");
      }
    }
  }

  /** The reference price on a date. */
  public double usdPerKg(LocalDate date) {
    Quote first = quotes.getFirst();
    if (!date.isAfter(first.date())) {
      return first.mid();
    }
    for (int i = 1; i < quotes.size(); i++) {
      Quote next = quotes.get(i);
      if (!date.isAfter(next.date())) {
        Quote previous = quotes.get(i - 1);
        double span = next.date().toEpochDay() - previous.date().toEpochDay();
        double at = date.toEpochDay() - previous.date().toEpochDay();
        return previous.mid() + (next.mid() - previous.mid()) * at / span;
      }
    }
    return quotes.getLast().mid();
  }

  /**
   * The quote a price on a date rests on, for citing: the latest quote on or before the date, or
   * the first where the date comes before every quote.
   */
  public Quote quoteFor(LocalDate date) {
    Quote cited = quotes.getFirst();
    for (Quote quote : quotes) {
      if (quote.date().isAfter(date)) {
        break;
      }
      cited = quote;
    }
    return cited;
  }
}
