package dev.assay.ingest;

import java.util.List;

/**
 * One CSV record as the tokenizer found it.
 *
 * @param line the physical line the record starts on
 * @param fields the fields, each cut at {@link CsvTokenizer#MAX_FIELD_CHARS}
 * @param overlongField index of the first field that was cut, or -1
 * @param problem what is wrong with the record as a whole (too long, too many fields, an unclosed
 *     quote, a quote against RFC 4180), or {@code null}
 * @param problemField the field the problem is in, or -1 for the record as a whole
 * @param plainText true when the tokenizer saw no character in the record that {@link
 *     FieldValues#textProblem} objects to, so that its fields need not be checked one by one
 * @param swallowed the lines after the first that a quoted field ran across and that looked like
 *     rows (text, then a comma), in order; empty for the usual record on one line
 */
record CsvRow(
    long line,
    List<String> fields,
    int overlongField,
    String problem,
    int problemField,
    boolean plainText,
    List<Swallowed> swallowed) {

  /** A line inside a quoted field: its number and its text up to the first comma. */
  record Swallowed(long line, String firstField) {}

  boolean isBlank() {
    return fields.size() == 1 && fields.get(0).isEmpty() && problem == null;
  }
}
