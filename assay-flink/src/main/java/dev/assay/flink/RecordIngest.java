package dev.assay.flink;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestException;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Kafka record with the core's NDJSON ingest, the same validation {@code assay screen}
 * applies to a line of a file: a record is either one accepted declaration or the errors that
 * rejected it (line/field/value/reason, line counted within the record).
 */
final class RecordIngest {
  private RecordIngest() {}

  /** What one record gave: the declaration, or at least one error. */
  record Result(Declaration declaration, List<RecordError> errors) {
    boolean accepted() {
      return declaration != null;
    }
  }

  static Result parse(String value) {
    if (value == null || value.isBlank()) {
      return new Result(
          null, List.of(new RecordError(1, "", "", "", "an empty record: no declaration")));
    }
    List<Declaration> accepted = new ArrayList<>(1);
    List<RecordError> errors = new ArrayList<>(1);
    IngestListener listener =
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            accepted.add(declaration);
          }

          @Override
          public void rejected(RecordError error) {
            errors.add(error);
          }
        };
    try {
      DeclarationReader.read(
          new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8)),
          Format.NDJSON,
          listener);
    } catch (IngestException e) {
      return new Result(null, List.of(new RecordError(1, "", "", "", e.getMessage())));
    }
    if (accepted.size() == 1 && errors.isEmpty()) {
      return new Result(accepted.getFirst(), List.of());
    }
    if (accepted.size() > 1) {
      // A Kafka record is one declaration; several lines in one record are the producer's mistake.
      errors.add(
          new RecordError(
              1,
              "",
              "",
              "",
              "a record holds " + accepted.size() + " declarations; send one per record"));
    }
    if (errors.isEmpty()) {
      errors.add(new RecordError(1, "", "", "", "no declaration in the record"));
    }
    return new Result(null, List.copyOf(errors));
  }
}
