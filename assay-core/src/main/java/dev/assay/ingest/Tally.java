package dev.assay.ingest;

import dev.assay.declaration.Declaration;

/** Passes results on to the listener and counts them for the summary. */
final class Tally {
  private final IngestListener listener;
  private long records;
  private long accepted;
  private long rejected;
  private long errors;

  Tally(IngestListener listener) {
    this.listener = listener;
  }

  void recordRead() {
    records++;
  }

  void accept(Declaration declaration) {
    accepted++;
    listener.accepted(declaration);
  }

  void report(RecordError error) {
    errors++;
    listener.rejected(error);
  }

  void reportAll(ErrorCollector collector) {
    for (RecordError error : collector.errors()) {
      report(error);
    }
  }

  void declarationRejected() {
    rejected++;
  }

  IngestSummary summary() {
    return new IngestSummary(records, accepted, rejected, errors);
  }
}
