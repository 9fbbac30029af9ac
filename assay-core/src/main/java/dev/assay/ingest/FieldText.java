package dev.assay.ingest;

import dev.assay.declaration.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the field types that every import file of Assay shares (dates, names of constants), with
 * the same reasons in every error report. Each reader wraps these with its own error reporting.
 */
public final class FieldText {
  private FieldText() {}

  /**
   * The dates read last, each in the slot of its text's hash: a file holds a few hundred distinct
   * dates, mostly in order. Entries are immutable, so threads may share the table (a lost race only
   * costs a parse). The point is less the parse saved than where the parse runs: reached once per
   * new date, it is a rare call that the optimizing compiler leaves out of the reading loop. A file
   * in date order first shows a 29th of the month weeks into the run, after the reading loop was
   * compiled with the parse inlined and without the calendar's check of the month's length; the
   * whole loop was then thrown away and compiled again (docs/performance.md, "What the optimizing
   * compiler spends its time on"). Every slot starts with a true entry rather than none, so that
   * every miss takes the same branch, seen from the first new date on: a miss by a slot taken by
   * another date, first met later, was one more such recompilation.
   */
  private static final Parsed[] recentDates = new Parsed[64];

  static {
    java.util.Arrays.fill(recentDates, new Parsed("1970-01-01", LocalDate.EPOCH));
  }

  private record Parsed(String text, LocalDate date) {}

  /** An ISO date, yyyy-mm-dd, that exists in the calendar. */
  public static LocalDate isoDate(String text) {
    int slot = text.hashCode() & (recentDates.length - 1);
    Parsed recent = recentDates[slot];
    if (recent.text().equals(text)) {
      return recent.date();
    }
    LocalDate date = parseIsoDate(text);
    recentDates[slot] = new Parsed(text, date);
    return date;
  }

  private static LocalDate parseIsoDate(String text) {
    // By hand rather than a pattern and LocalDate.parse: every declaration has a date.
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new InvalidValueException(text, "not an ISO date (yyyy-mm-dd)");
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      throw new InvalidValueException(text, "not an ISO date (yyyy-mm-dd)");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidValueException(text, "no such date");
    }
  }

  /** The number the ASCII digits between two positions write, or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** A constant of an enum by its name, in any case. */
  public static <E extends Enum<E>> E constant(String text, Class<E> type) {
    String wanted = text.toUpperCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
      names.add(constant.name());
    }
    throw new InvalidValueException(text, "not one of " + String.join(", ", names));
  }
}
