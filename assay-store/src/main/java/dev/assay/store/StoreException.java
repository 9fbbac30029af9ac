package dev.assay.store;

/**
 * The database failed or cannot be reached. The message names what was being done; the cause is the
 * driver's exception.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
