package dev.assay.cli;

/** A problem with what the user gave the command: a file, a code, a date. Exit code 3. */
final class UserInputException extends RuntimeException {
  UserInputException(String message) {
    super(message);
  }

  UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
