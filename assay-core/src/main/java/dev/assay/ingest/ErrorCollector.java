package dev.assay.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one record, so that a row reports all its problems at once. */
final class ErrorCollector {
  private final long line;
  private final String declarationId;

  /** Made on the first error: most records have none, and the reader makes one per CSV row. */
  private List<RecordError> errors = List.of();

  ErrorCollector(long line, String declarationId) {
    this.line = line;
    this.declarationId = declarationId;
  }

  void add(String field, String value, String reason) {
    if (errors.isEmpty()) {
      errors = new ArrayList<>(2);
    }
    errors.add(new RecordError(line, declarationId, field, value, reason));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<RecordError> errors() {
    return errors;
  }
}
