package dev.assay.license;

/**
 * One problem with one field of one record of a license file, as {@link
 * dev.assay.ingest.RecordError} is for declarations.
 *
 * @param line 1-based physical line of the file
 * @param licenseNo the license the record belongs to, "" if unknown
 * @param field the CSV column, "" for the whole record
 * @param value the offending value, cut to 100 characters with control characters escaped
 */
public record LicenseRecordError(
    long line, String licenseNo, String field, String value, String reason) {

  static final int MAX_VALUE_CHARS = 100;

  public LicenseRecordError {
    licenseNo = printable(licenseNo);
    field = printable(field);
    value = printable(value);
    reason = reason == null ? "" : reason;
  }

  /**
   * The error as one line, such as {@code line 4, license 25GA000001, field valid_until, value
   * '2025-13-01': no such date}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder("line ").append(line);
    if (!licenseNo.isEmpty()) {
      text.append(", license ").append(licenseNo);
    }
    if (!field.isEmpty()) {
      text.append(", field ").append(field);
    }
    if (!value.isEmpty()) {
      text.append(", value '").append(value).append('\'');
    }
    return text.append(": ").append(reason).toString();
  }

  private static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VALUE_CHARS) + 1);
    int i = 0;
    for (; i < text.length() && out.length() < MAX_VALUE_CHARS; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\uFFFD') {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (i < text.length()) {
      out.append('…');
    }
    return out.toString();
  }
}
