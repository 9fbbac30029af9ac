package dev.assay.simulator.reference;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A mineral family's monthly export volume as reported or derived from reported totals. Only its
 * shape matters to the simulator: the volume of a month relative to the family's average sets how
 * many of the family's shipments the month gets. Outside the months given, the first (or last)
 * twelve months repeat by calendar month.
 */
public final class MineralFlows {
  private final String family;
  private final NavigableMap<YearMonth, Double> volumes;
  private final double average;

  public MineralFlows(String family, Map<YearMonth, Double> volumes) {
    this.family = family;
    this.volumes = new TreeMap<>(volumes);
    if (this.volumes.size() < 12) {
      throw new IllegalArgumentException(family + ": need at least twelve months of flows");
    }
    YearMonth month = this.volumes.firstKey();
    while (month.isBefore(this.volumes.lastKey())) {
      month = month.plusMonths(1);
      if (!this.volumes.containsKey(month)) {
        throw new IllegalArgumentException(family + ": flows miss the month " + month);
      }
    }
    this.average =
        this.volumes.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    if (!(average > 0)) {
      throw new IllegalArgumentException(family + ": flows are all zero");
    }
  }

  public String family() {
    return family;
  }

  /** The month's volume as a multiple of the family's average month. */
  public double index(YearMonth month) {
    return volume(month) / average;
  }

  /** The month's volume in the file's unit, extrapolated by calendar month outside the data. */
  public double volume(YearMonth month) {
    YearMonth first = volumes.firstKey();
    YearMonth last = volumes.lastKey();
    YearMonth key = month;
    while (key.isBefore(first)) {
      key = key.plusYears(1);
    }
    while (key.isAfter(last)) {
      key = key.minusYears(1);
    }
    return volumes.get(key);
  }
}
