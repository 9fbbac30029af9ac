package dev.assay.simulator.trade;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * How many declarations fall on each day of the period: fewer at weekends, a deep trough around the
 * Chinese New Year (factories close for one to three weeks), an autumn peak before Christmas
 * shipping. Counts are apportioned so that they add up to the total exactly. MODELLING ASSUMPTION:
 * the factors are plausible shapes, not measured ones.
 */
public final class TradeCalendar {
  /** Chinese New Year's day (the first day of the first lunar month), 2018-2032. */
  private static final Map<Integer, MonthDay> NEW_YEAR =
      Map.ofEntries(
          Map.entry(2018, MonthDay.of(2, 16)),
          Map.entry(2019, MonthDay.of(2, 5)),
          Map.entry(2020, MonthDay.of(1, 25)),
          Map.entry(2021, MonthDay.of(2, 12)),
          Map.entry(2022, MonthDay.of(2, 1)),
          Map.entry(2023, MonthDay.of(1, 22)),
          Map.entry(2024, MonthDay.of(2, 10)),
          Map.entry(2025, MonthDay.of(1, 29)),
          Map.entry(2026, MonthDay.of(2, 17)),
          Map.entry(2027, MonthDay.of(2, 6)),
          Map.entry(2028, MonthDay.of(1, 26)),
          Map.entry(2029, MonthDay.of(2, 13)),
          Map.entry(2030, MonthDay.of(2, 3)),
          Map.entry(2031, MonthDay.of(1, 23)),
          Map.entry(2032, MonthDay.of(2, 11)));

  private static final double[] MONTH = {
    1.0, 0.95, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.1, 1.1, 1.1, 1.05
  };

  private final LocalDate from;
  private final long[] counts;

  public TradeCalendar(LocalDate from, LocalDate to, long total) {
    this.from = from;
    int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
    double[] weights = new double[days];
    double sum = 0;
    for (int i = 0; i < days; i++) {
      weights[i] = weight(from.plusDays(i));
      sum += weights[i];
    }
    counts = new long[days];
    double cumulative = 0;
    long assigned = 0;
    for (int i = 0; i < days; i++) {
      cumulative += weights[i];
      long upTo = Math.round(total * cumulative / sum);
      counts[i] = upTo - assigned;
      assigned = upTo;
    }
  }

  /** The relative amount of trade on a day. */
  static double weight(LocalDate date) {
    double w = MONTH[date.getMonthValue() - 1];
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY) {
      w *= 0.35;
    } else if (day == DayOfWeek.SUNDAY) {
      w *= 0.15;
    }
    MonthDay newYear = NEW_YEAR.get(date.getYear());
    if (newYear != null) {
      long offset = date.toEpochDay() - newYear.atYear(date.getYear()).toEpochDay();
      if (offset >= -5 && offset <= 7) {
        w *= 0.15;
      } else if (offset > 7 && offset <= 20) {
        w *= 0.6;
      }
    }
    return w;
  }

  public int days() {
    return counts.length;
  }

  public LocalDate day(int index) {
    return from.plusDays(index);
  }

  public long count(int index) {
    return counts[index];
  }
}
