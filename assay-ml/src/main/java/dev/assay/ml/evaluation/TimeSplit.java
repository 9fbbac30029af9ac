package dev.assay.ml.evaluation;

import dev.assay.ml.data.Row;
import java.time.LocalDate;
import java.util.List;

/**
 * Splits rows in date order into training, validation and test periods at day boundaries, so no day
 * is in two periods and every test row comes after every training row.
 *
 * @param validStart index of the first validation row
 * @param testStart index of the first test row
 */
public record TimeSplit(int validStart, int testStart, int size) {

  /** Training on the first {@code train} share of rows, validation on the next {@code valid}. */
  public static TimeSplit of(List<Row> rows, double train, double valid) {
    int n = rows.size();
    int v = atDayStart(rows, (int) (n * train));
    int t = atDayStart(rows, (int) (n * (train + valid)));
    return new TimeSplit(v, Math.max(v, t), n);
  }

  /**
   * Training up to and including {@code trainUntil}, validation up to and including {@code
   * validUntil} (null: to the end), the test period after it.
   */
  public static TimeSplit byDates(List<Row> rows, LocalDate trainUntil, LocalDate validUntil) {
    int v = firstAfter(rows, trainUntil);
    int t = validUntil == null ? rows.size() : firstAfter(rows, validUntil);
    return new TimeSplit(v, Math.max(v, t), rows.size());
  }

  private static int firstAfter(List<Row> rows, LocalDate day) {
    long d = day.toEpochDay();
    int i = 0;
    while (i < rows.size() && rows.get(i).day() <= d) {
      i++;
    }
    return i;
  }

  /** The first index at or after {@code i} where a new day begins. */
  static int atDayStart(List<Row> rows, int i) {
    while (i > 0 && i < rows.size() && rows.get(i).day() == rows.get(i - 1).day()) {
      i++;
    }
    return Math.min(i, rows.size());
  }
}
