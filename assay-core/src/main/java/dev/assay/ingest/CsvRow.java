package dev.assay.ingest;

import java.util.List;

/**
 * One CSV record as the tokenizer found it.
 *
 * @param line the physical line the record starts on
 * @param fields the fields, each cut at {@link CsvTokenizer#MAX_FIELD_CHARS}
 * @param overlongField index of the first field that was cut, or -1
 * @param problem what is wrong with the record as a whole (too long, too many fields, an unclosed
 *     quote), or {@code null}
 * @param plainText true when the tokenizer saw no character in the record that {@link
 *     FieldValues#textProblem} objects to, so that its fields need not be checked one by one
 */
record CsvRow(
    long line, List<String> fields, int overlongField, String problem, boolean plainText) {

  boolean isBlank() {
    return fields.size() == 1 && fields.get(0).isEmpty() && problem == null;
  }
}
