package dev.assay.screening.lists;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small parsers shared by the list readers: multi-valued fields, partial dates. */
final class Values {
  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private Values() {}

  /** Splits a field holding several values ("a;b;c"), dropping blanks. */
  static List<String> split(String field, String separator) {
    List<String> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    for (String part : field.split(Pattern.quote(separator))) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * A date of birth as lists write it, to "YYYY-MM-DD", "YYYY-MM" or "YYYY": "1965-03-12", "12 Mar
   * 1965", "Mar 1965", "circa 1965", "1960 to 1962" (the first year).
   */
  static Optional<String> birthDate(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return Optional.of(t.substring(0, 10));
    }
    if (t.matches("\\d{4}-\\d{2}")) {
      return Optional.of(t);
    }
    try {
      return Optional.of(LocalDate.parse(t, DAY_MONTH_YEAR).toString());
    } catch (DateTimeParseException e) {
      Matcher m = YEAR.matcher(t);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
  }

  /** A date at the start of an ISO timestamp or date: "2024-05-20T10:00:00" is 2024-05-20. */
  static LocalDate isoDay(String text) {
    return LocalDate.parse(text.strip().substring(0, 10));
  }
}
