package dev.assay.cli;

/**
 * The command's output could not be written: a missing directory, a directory, no permission, a
 * full disk, a reader that went away. Exit code 5: what was written is incomplete.
 */
final class OutputException extends RuntimeException {
  OutputException(String message) {
    super(message);
  }

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
