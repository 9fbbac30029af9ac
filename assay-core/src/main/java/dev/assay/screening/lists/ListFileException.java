package dev.assay.screening.lists;

/** A list file that cannot be read at all: wrong format, missing columns, unreadable. */
public final class ListFileException extends RuntimeException {
  public ListFileException(String message) {
    super(message);
  }

  public ListFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
