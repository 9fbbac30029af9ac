package dev.assay.declaration;

/**
 * A value that cannot stand for what it claims to be, such as a social credit code whose check
 * character is wrong. Ingest turns it into a record error naming the field.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private final String value;

  public InvalidValueException(String value, String reason) {
    super(reason);
    this.value = value;
  }

  /** The rejected value as it was given. */
  public String value() {
    return value;
  }

  /** Why the value was rejected, without the value itself. */
  public String reason() {
    return getMessage();
  }
}
