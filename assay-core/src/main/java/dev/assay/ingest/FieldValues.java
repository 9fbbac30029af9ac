package dev.assay.ingest;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the text of one field into its typed value, or reports why it cannot. Every method returns
 * {@code null} after reporting, so that the caller can go on and check the other fields of the
 * record.
 */
final class FieldValues {
  /** Powers of ten that a double holds exactly. */
  private static final double[] EXACT_POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  static final String INVALID_UTF8 =
      "invalid UTF-8: the file holds bytes here that are not UTF-8 text";

  private final FieldSource source;
  private final ErrorCollector errors;
  private final RepeatedValues repeated;

  FieldValues(FieldSource source, ErrorCollector errors) {
    this(source, errors, RepeatedValues.NONE);
  }

  /** With the values an import has already parsed, for fields whose texts recur. */
  FieldValues(FieldSource source, ErrorCollector errors, RepeatedValues repeated) {
    this.source = source;
    this.errors = errors;
    this.repeated = repeated;
  }

  /** The text of a field, checked to be text at all; reports a required field left empty. */
  String text(Column column) {
    String text = source.text(column);
    if (text == null) {
      return null;
    }
    String problem = source.knownText() ? null : textProblem(text);
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
      return repeated.creditCode(text);
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
      return repeated.country(text);
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
      return repeated.isoDate(text);
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
    long value = wholeValue(text, 0);
    if (value >= 0 && value <= Integer.MAX_VALUE) {
      if (value < min) {
        report(column, text, min == 0 ? "must not be negative" : "must be at least " + min);
        return null;
      }
      return (int) value;
    }
    if (text.startsWith("-") && wholeValue(text, 1) >= 0) {
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
    double parsed = decimalValue(text);
    if (Double.isNaN(parsed)) {
      report(column, text, "not a decimal number");
      return null;
    }
    // Adding zero turns -0 into 0, so that a written and re-read value compares equal.
    double value = parsed + 0.0;
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

  /**
   * The value of {@code [+]?\\d{1,10}} from {@code from} on, or -1 when the text is not that. By
   * hand rather than by a regular expression and {@link Long#parseLong}: it runs for every line.
   */
  static long wholeValue(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '+') {
      i++;
    }
    int digits = text.length() - i;
    if (digits < 1 || digits > 10) {
      return -1;
    }
    long value = 0;
    for (; i < text.length(); i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * The value of plain decimal notation, {@code [+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?},
   * or NaN when the text is not that (Java's own parser would also take "NaN", "Infinity", "0x1p3",
   * "1d"). Where the digits and the power of ten both fit a double exactly, one multiplication or
   * division gives the correctly rounded value, the same double as {@link Double#parseDouble};
   * other texts go to it.
   */
  static double decimalValue(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long digits = 0;
    int significant = 0;
    int scale = 0;
    int wholeDigits = 0;
    for (; i < n && isDigit(text.charAt(i)); i++, wholeDigits++) {
      if (digits != 0 || text.charAt(i) != '0') {
        digits = digits * 10 + (text.charAt(i) - '0');
        significant++;
      }
    }
    int fractionDigits = 0;
    if (i < n && text.charAt(i) == '.') {
      for (i++; i < n && isDigit(text.charAt(i)); i++, fractionDigits++) {
        if (digits != 0 || text.charAt(i) != '0') {
          digits = digits * 10 + (text.charAt(i) - '0');
          significant++;
        }
        scale++;
      }
    }
    if (wholeDigits == 0 && fractionDigits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      int exponentDigits = 0;
      for (; i < n && isDigit(text.charAt(i)); i++, exponentDigits++) {
        exponent = exponent * 10 + (text.charAt(i) - '0');
      }
      if (exponentDigits < 1 || exponentDigits > 3) {
        return Double.NaN;
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != n) {
      return Double.NaN;
    }
    int power = exponent - scale;
    if (significant > 15 || power < -22 || power > 22) {
      return Double.parseDouble(text);
    }
    double value =
        power < 0 ? digits / EXACT_POWERS_OF_TEN[-power] : digits * EXACT_POWERS_OF_TEN[power];
    return negative ? -value : value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  void report(Column column, String value, String reason) {
    errors.add(source.name(column), value, reason);
  }
}
