package dev.assay.screening.lists;

/**
 * A record of a list file that was not imported, and why: the file, the line (or record number
 * where the format has no lines), the field and its value.
 */
public record RejectedRecord(String file, long line, String field, String value, String reason) {

  public String describe() {
    return file
        + " line "
        + line
        + (field.isEmpty() ? "" : ", field " + field)
        + (value.isEmpty() ? "" : ", value '" + abbreviate(value) + "'")
        + ": "
        + reason;
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
