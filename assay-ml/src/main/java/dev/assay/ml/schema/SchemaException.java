package dev.assay.ml.schema;

/** A dataset schema that cannot be used; the message names the entry and the reason. */
public final class SchemaException extends RuntimeException {
  public SchemaException(String message) {
    super(message);
  }
}
