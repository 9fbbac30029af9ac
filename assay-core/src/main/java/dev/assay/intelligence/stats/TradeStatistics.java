package dev.assay.intelligence.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Value and quantity by mineral, destination and period, year on year and as shares, from a filled
 * {@link TradeCube}. Kilograms are what the shares and changes are computed on, as in the customs
 * statistics the published figures come from; dollars are carried alongside.
 */
public final class TradeStatistics {
  private final TradeCube cube;

  public TradeStatistics(TradeCube cube) {
    this.cube = cube;
  }

  public TradeCube cube() {
    return cube;
  }

  /**
   * The table: for each mineral (or the one asked) and each period of the data, the total and, when
   * asked, one row per destination with its share, ordered by kilograms.
   *
   * @param mineral one mineral, or null for all
   */
  public List<TradeRow> table(Granularity granularity, String mineral, boolean byDestination) {
    List<TradeRow> rows = new ArrayList<>();
    if (cube.firstMonth().isEmpty()) {
      return rows;
    }
    List<Period> periods = periods(granularity);
    for (String m : cube.minerals()) {
      if (mineral != null && !mineral.equals(m)) {
        continue;
      }
      for (Period p : periods) {
        TradeCell total = cube.sum(m, Set.of(), p);
        if (total.lines() == 0) {
          continue;
        }
        rows.add(row(m, "*", p, total, total));
        if (byDestination) {
          List<TradeRow> destinations = new ArrayList<>();
          for (String d : cube.destinations(m)) {
            TradeCell cell = cube.sum(m, Set.of(d), p);
            if (cell.lines() > 0) {
              destinations.add(row(m, d, p, cell, total));
            }
          }
          destinations.sort(Comparator.comparingDouble(TradeRow::kg).reversed());
          rows.addAll(destinations);
        }
      }
    }
    return rows;
  }

  /**
   * The change in a mineral's kilograms from period a to period b, as a fraction; NaN if a is 0.
   */
  public double change(String mineral, Period a, Period b) {
    double before = cube.sum(mineral, Set.of(), a).kg();
    double after = cube.sum(mineral, Set.of(), b).kg();
    return before == 0 ? Double.NaN : after / before - 1;
  }

  /**
   * The share of a mineral's kilograms in a period going to the destinations given; NaN if none.
   */
  public double share(String mineral, Set<String> destinations, Period period) {
    double total = cube.sum(mineral, Set.of(), period).kg();
    return total == 0 ? Double.NaN : cube.sum(mineral, destinations, period).kg() / total;
  }

  private TradeRow row(
      String mineral, String destination, Period p, TradeCell cell, TradeCell total) {
    Period prior = p.yearBefore();
    Double yoy = null;
    if (!prior.from().isBefore(cube.firstMonth().orElseThrow())) {
      TradeCell before =
          cube.sum(mineral, destination.equals("*") ? Set.of() : Set.of(destination), prior);
      yoy = before.kg() > 0 ? cell.kg() / before.kg() - 1 : null;
    }
    return new TradeRow(
        mineral,
        destination,
        p.label(),
        cell.kg(),
        cell.usd(),
        cell.lines(),
        total.kg() == 0 ? 0 : cell.kg() / total.kg(),
        yoy);
  }

  private List<Period> periods(Granularity granularity) {
    Set<Period> periods = new LinkedHashSet<>();
    YearMonth last = cube.lastMonth().orElseThrow();
    for (YearMonth m = cube.firstMonth().orElseThrow(); !m.isAfter(last); m = m.plusMonths(1)) {
      periods.add(granularity.periodOf(m));
    }
    return List.copyOf(periods);
  }
}
