package dev.assay.ingest;

import dev.assay.declaration.Declaration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a test import produced: the accepted declarations and the errors, in order. */
final class Collected implements IngestListener {
  final List<Declaration> accepted = new ArrayList<>();
  final List<RecordError> errors = new ArrayList<>();
  IngestSummary summary;

  static Collected read(Format format, String text) {
    return read(format, text.getBytes(StandardCharsets.UTF_8));
  }

  static Collected read(Format format, byte[] bytes) {
    Collected collected = new Collected();
    collected.summary = DeclarationReader.read(new ByteArrayInputStream(bytes), format, collected);
    return collected;
  }

  @Override
  public void accepted(Declaration declaration) {
    accepted.add(declaration);
  }

  @Override
  public void rejected(RecordError error) {
    errors.add(error);
  }

  List<String> acceptedIds() {
    return accepted.stream().map(Declaration::id).toList();
  }

  List<String> described() {
    return errors.stream().map(RecordError::describe).toList();
  }
}
