package dev.assay.ingest;

import dev.assay.declaration.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the field types that every import file of Assay shares (dates, names of constants), with
 * the same reasons in every error report. Each reader wraps these with its own error reporting.
 */
public final class FieldText {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private FieldText() {}

  /** An ISO date, yyyy-mm-dd, that exists in the calendar. */
  public static LocalDate isoDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      throw new InvalidValueException(text, "not an ISO date (yyyy-mm-dd)");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(text, "no such date");
    }
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
