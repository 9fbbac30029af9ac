package dev.assay.ingest;

/**
 * The raw text of the contract's fields for one record (a CSV row, a JSON declaration or one of its
 * items), whatever the file format, with the name each field has in that format for error reports.
 */
interface FieldSource {

  /**
   * The field's text without surrounding blanks; "" when absent or empty; {@code null} when the
   * source has already reported the field as unusable (such as a JSON object where text belongs).
   */
  String text(Column column);

  /** The CSV column name or JSON path of the field, as error reports name it. */
  String name(Column column);

  /**
   * Whether every field is already known to be text (no control characters, no undecodable bytes),
   * so that {@link FieldValues#text} can skip checking it.
   */
  default boolean knownText() {
    return false;
  }
}
