package dev.assay.rules;

/** A rule file that cannot be read at all: missing, not YAML, or without a list of rules. */
public final class RuleFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RuleFileException(String file, String reason) {
    super(file + ": " + reason);
  }

  public RuleFileException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
