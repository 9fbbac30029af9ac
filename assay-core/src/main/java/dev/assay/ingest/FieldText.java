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

  /** An ISO date, yyyy-mm-dd, that exists in the calendar. */
  public static LocalDate isoDate(String text) {
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
    E[] constants = type.getEnumConstants();
    for (E constant : constants) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    // The list of names only for the error: it runs for every declaration.
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    throw new InvalidValueException(text, "not one of " + String.join(", ", names));
  }
}
