package dev.assay.ingest;

import java.time.LocalDate;

/**
 * The days a declaration may plausibly be dated: a date outside is a typo or a placeholder ({@code
 * 0000-01-01}, {@code 1900-01-01}, {@code 2999-12-31}) and would be screened against no control
 * list, so it is a record error. By default from 2000-01-01 to five years after today; set {@code
 * ASSAY_DECLARED_AT_WINDOW} (or the system property {@code assay.declared-at.window}) to {@code
 * FROM..TO}, either side empty for its default, to change it.
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {
  static final String PROPERTY = "assay.declared-at.window";
  static final String VARIABLE = "ASSAY_DECLARED_AT_WINDOW";
  static final LocalDate DEFAULT_EARLIEST = LocalDate.of(2000, 1, 1);
  static final int DEFAULT_YEARS_AHEAD = 5;

  public DateWindow {
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "the declaration date window ends (" + latest + ") before it starts (" + earliest + ")");
    }
  }

  /** The window configured for this process, or the default. */
  public static DateWindow configured() {
    String text = System.getProperty(PROPERTY);
    if (text == null) {
      text = System.getenv(VARIABLE);
    }
    return parse(text, LocalDate.now());
  }

  /**
   * A window written {@code FROM..TO}; {@code null} or blank gives the default.
   *
   * @throws IngestException naming the setting where the text is not such a window
   */
  static DateWindow parse(String text, LocalDate today) {
    LocalDate earliest = DEFAULT_EARLIEST;
    LocalDate latest = today.plusYears(DEFAULT_YEARS_AHEAD);
    if (text == null || text.isBlank()) {
      return new DateWindow(earliest, latest);
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IngestException(
          VARIABLE + "='" + RecordError.printable(text, 40) + "': expected FROM..TO");
    }
    try {
      String from = text.substring(0, dots).strip();
      String to = text.substring(dots + 2).strip();
      if (!from.isEmpty()) {
        earliest = FieldText.isoDate(from);
      }
      if (!to.isEmpty()) {
        latest = FieldText.isoDate(to);
      }
      return new DateWindow(earliest, latest);
    } catch (IllegalArgumentException e) {
      throw new IngestException(
          VARIABLE + "='" + RecordError.printable(text, 40) + "': " + e.getMessage());
    }
  }

  /** Why a date is outside the window, or {@code null} when it is inside. */
  String problem(LocalDate date) {
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      return "outside the plausible window "
          + earliest
          + " to "
          + latest
          + " (set "
          + VARIABLE
          + "=FROM..TO to change it)";
    }
    return null;
  }
}
