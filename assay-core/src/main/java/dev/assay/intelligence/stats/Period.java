package dev.assay.intelligence.stats;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of whole months, both ends included, with the label reports print: {@code 2025-03}, {@code
 * 2025Q1}, {@code 2025H1}, {@code 2025} or {@code 2024-10..2025-03}.
 */
public record Period(YearMonth from, YearMonth to, String label) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-?H([12])");

  public Period {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + label);
    }
  }

  public static Period of(YearMonth from, YearMonth to) {
    return new Period(from, to, from.equals(to) ? from.toString() : from + ".." + to);
  }

  /**
   * Reads {@code 2025-03}, {@code 2025Q1}, {@code 2025H1}, {@code 2025} or {@code FROM..TO} of
   * months.
   *
   * @throws IllegalArgumentException naming the text and the forms accepted
   */
  public static Period parse(String text) {
    String t = text.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      int dots = t.indexOf("..");
      if (dots > 0) {
        Period a = parse(t.substring(0, dots));
        Period b = parse(t.substring(dots + 2));
        return new Period(a.from(), b.to(), a.label() + ".." + b.label());
      }
      Matcher q = QUARTER.matcher(t);
      if (q.matches()) {
        YearMonth start =
            YearMonth.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2);
        return new Period(start, start.plusMonths(2), q.group(1) + "Q" + q.group(2));
      }
      Matcher h = HALF.matcher(t);
      if (h.matches()) {
        YearMonth start =
            YearMonth.of(Integer.parseInt(h.group(1)), 6 * Integer.parseInt(h.group(2)) - 5);
        return new Period(start, start.plusMonths(5), h.group(1) + "H" + h.group(2));
      }
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12), t);
      }
      YearMonth month = YearMonth.parse(t);
      return new Period(month, month, month.toString());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a period: '" + text + "' (use 2025-03, 2025Q1, 2025H1, 2025 or FROM..TO)");
    }
  }

  public boolean contains(YearMonth month) {
    return !month.isBefore(from) && !month.isAfter(to);
  }

  public int months() {
    return (int)
            (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue())
        + 1;
  }

  /** The same months a year earlier, for year-on-year changes. */
  public Period yearBefore() {
    String prior =
        label.matches("\\d{4}([QH]\\d)?")
            ? (Integer.parseInt(label.substring(0, 4)) - 1) + label.substring(4)
            : of(from.minusYears(1), to.minusYears(1)).label();
    return new Period(from.minusYears(1), to.minusYears(1), prior);
  }
}
