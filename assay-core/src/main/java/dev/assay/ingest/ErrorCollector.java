package dev.assay.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one record, so that a row reports all its problems at once. */
final class ErrorCollector {
  private final long line;
  private final String declarationId;
  private final List<RecordError> errors = new ArrayList<>(2);

  ErrorCollector(long line, String declarationId) {
    this.line = line;
    this.declarationId = declarationId;
  }

  void add(String field, String value, String reason) {
    errors.add(new RecordError(line, declarationId, field, value, reason));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<RecordError> errors() {
    return errors;
  }
}
