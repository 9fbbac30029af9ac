package dev.assay.ingest;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text of one field into its typed value, or reports why it cannot. Every method returns
 * {@code null} after reporting, so that the caller can go on and check the other fields of the
 * record.
 */
final class FieldValues {
  /** Plain decimal notation; Java's own parser would also take "NaN", "Infinity", "0x1p3", "1d". */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private static final Pattern WHOLE = Pattern.compile("[+]?\\d{1,10}");

  static final String INVALID_UTF8 =
      "invalid UTF-8: the file holds bytes here that are not UTF-8 text";

  private final FieldSource source;
  private final ErrorCollector errors;

  FieldValues(FieldSource source, ErrorCollector errors) {
    this.source = source;
    this.errors = errors;
  }

  /** The text of a field, checked to be text at all; reports a required field left empty. */
  String text(Column column) {
    String text = source.text(column);
    if (text == null) {
      return null;
    }
    String problem = textProblem(text);
    if (problem != null) {
      report(column, text, problem);
      return null;
    }
    if (text.isEmpty() && column.isRequired()) {
      report(column, text, "required, but empty");
      return null;
    }
    return text;
  }

  /** Why a text cannot be a field value, or {@code null} when it can. */
  static String textProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        return INVALID_UTF8;
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
        return String.format("holds control character U+%04X; binary data, not text?", (int) c);
      }
    }
    return null;
  }

  UnifiedSocialCreditCode creditCode(Column column) {
    String text = text(column);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return UnifiedSocialCreditCode.parse(text);
    } catch (InvalidValueException e) {
      report(column, text, e.reason());
      return null;
    }
  }

  CountryCode country(Column column) {
    String text = text(column);
    if (text == null || text.isEmpty()) {
      return null;
    }
    return country(column, text);
  }

  /** A country from text already read with {@link #text}. */
  CountryCode country(Column column, String text) {
    try {
      return CountryCode.parse(text);
    } catch (InvalidValueException e) {
      report(column, text, e.reason());
      return null;
    }
  }

  /** A ';'-separated list of countries; {@code null} if any of them is bad. */
  List<CountryCode> countries(Column column) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    List<CountryCode> countries = new ArrayList<>();
    if (text.isEmpty()) {
      return countries;
    }
    boolean good = true;
    for (String part : text.split(";", -1)) {
      String code = part.strip();
      if (code.isEmpty()) {
        report(column, text, "an empty country in a ';'-separated list");
        good = false;
        continue;
      }
      CountryCode country = country(column, code);
      good &= country != null;
      countries.add(country);
    }
    return good ? countries : null;
  }

  HsCode hsCode(Column column) {
    String text = text(column);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return HsCode.parse(text);
    } catch (InvalidValueException e) {
      report(column, text, e.reason());
      return null;
    }
  }

  LocalDate date(Column column) {
    String text = text(column);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return FieldText.isoDate(text);
    } catch (InvalidValueException e) {
      report(column, text, e.reason());
      return null;
    }
  }

  /** An enum constant by name, case-insensitive; {@code fallback} when the field is empty. */
  <E extends Enum<E>> E constant(Column column, Class<E> type, E fallback) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      return FieldText.constant(text, type);
    } catch (InvalidValueException e) {
      report(column, text, e.reason());
      return null;
    }
  }

  /** A whole number of at least {@code min}; {@code fallback} when the field is empty. */
  Integer whole(Column column, int min, Integer fallback) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    if (text.isEmpty()) {
      return fallback;
    }
    long value;
    if (WHOLE.matcher(text).matches() && (value = Long.parseLong(text)) <= Integer.MAX_VALUE) {
      if (value < min) {
        report(column, text, min == 0 ? "must not be negative" : "must be at least " + min);
        return null;
      }
      return (int) value;
    }
    if (text.startsWith("-") && WHOLE.matcher(text.substring(1)).matches()) {
      report(column, text, min == 0 ? "must not be negative" : "must be at least " + min);
    } else {
      report(column, text, "not a whole number");
    }
    return null;
  }

  /** A decimal number, greater than zero when {@code positive}, else at least zero. */
  Double decimal(Column column, boolean positive) {
    String text = text(column);
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      report(column, text, "not a decimal number");
      return null;
    }
    // Adding zero turns -0 into 0, so that a written and re-read value compares equal.
    double value = Double.parseDouble(text) + 0.0;
    if (Double.isInfinite(value)) {
      report(column, text, "number too large");
      return null;
    }
    if (positive && value <= 0) {
      report(column, text, "must be greater than zero");
      return null;
    }
    if (!positive && value < 0) {
      report(column, text, "must not be negative");
      return null;
    }
    return value;
  }

  void report(Column column, String value, String reason) {
    errors.add(source.name(column), value, reason);
  }
}
