package dev.assay.cli;

/** The exit codes of every command, as documented in {@code assay --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USAGE = 2;
  static final int INVALID_INPUT = 3;
  static final int PARTIAL = 4;
  static final int OUTPUT_FAILED = 5;
  static final int AUDIT_BROKEN = 6;

  private ExitCodes() {}
}
