package dev.assay.ingest;

/**
 * One problem with one field of one record of an import file.
 *
 * @param line 1-based physical line of the file; for JSON the line where the object starts
 * @param declarationId the declaration the record belongs to, "" if unknown
 * @param field the CSV column or JSON path, "" for the whole record
 * @param value the offending value, truncated to {@value #MAX_VALUE_CHARS} characters and with
 *     control characters escaped, so that it can be printed safely
 * @param reason why the value was rejected
 */
public record RecordError(
    long line, String declarationId, String field, String value, String reason) {

  /** Values longer than this are cut, so that an error report never repeats a huge field. */
  public static final int MAX_VALUE_CHARS = 100;

  public RecordError {
    declarationId = printable(declarationId, MAX_VALUE_CHARS);
    field = printable(field, MAX_VALUE_CHARS);
    value = printable(value, MAX_VALUE_CHARS);
    reason = printable(reason, 1000);
  }

  /**
   * The error as one line for people, such as {@code line 17, declaration D-0042, field hs_code,
   * value '81129': an HS code has 8 or 10 digits}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder("line ").append(line);
    if (!declarationId.isEmpty()) {
      text.append(", declaration ").append(declarationId);
    }
    if (!field.isEmpty()) {
      text.append(", field ").append(field);
    }
    if (!value.isEmpty()) {
      text.append(", value '").append(value).append('\'');
    }
    return text.append(": ").append(reason).toString();
  }

  /**
   * Escapes control characters, direction controls and the replacement character of broken UTF-8
   * ({@link #needsEscape}), and truncates.
   */
  static String printable(String text, int maxChars) {
    if (text == null) {
      return "";
    }
    boolean clean = text.length() <= maxChars;
    for (int i = 0; clean && i < text.length(); i++) {
      clean = !needsEscape(text.charAt(i));
    }
    if (clean) {
      return text;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 16);
    int i = 0;
    for (; i < text.length() && out.length() < maxChars; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (needsEscape(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (i < text.length()) {
      out.append("…");
    }
    return out.toString();
  }

  /**
   * Whether a character is escaped in messages: control characters, the replacement character of
   * broken UTF-8, and the Unicode direction controls, which would make a terminal show the rest of
   * the line reordered (U+202E).
   */
  public static boolean needsEscape(char c) {
    return c < 0x20
        || c == 0x7F
        || (c >= 0x80 && c < 0xA0)
        || c == '\uFFFD'
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
