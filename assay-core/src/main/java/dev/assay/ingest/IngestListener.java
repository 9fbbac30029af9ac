package dev.assay.ingest;

import dev.assay.declaration.Declaration;

/**
 * Receives what an import produces, in file order: each declaration as soon as it is complete and
 * valid, and each error as soon as it is found.
 */
public interface IngestListener {

  /** A complete declaration whose every field and line passed validation. */
  void accepted(Declaration declaration);

  /** One problem with one field of one record; its declaration is not delivered. */
  void rejected(RecordError error);
}
