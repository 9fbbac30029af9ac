package dev.assay.ingest;

/**
 * A problem that stops an import as a whole: the file cannot be read, its header is missing or
 * incomplete, it is not CSV or JSON at all, or it cannot be resynchronised after a broken record.
 * The message is written for the person who supplied the file. Declarations delivered before it was
 * thrown stay delivered.
 */
public final class IngestException extends RuntimeException {

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
