package dev.assay.controllist;

/**
 * A control-list file that cannot be loaded as it stands. The message names the file and the field
 * (as a path such as {@code items[2].hs[0]}) so that the officer who edited it can fix it.
 */
public final class ControlListException extends RuntimeException {
  private final String file;
  private final String field;

  public ControlListException(String file, String field, String problem) {
    super(file + ": " + field + ": " + problem);
    this.file = file;
    this.field = field;
  }

  public ControlListException(String file, String field, String problem, Throwable cause) {
    this(file, field, problem);
    initCause(cause);
  }

  public String file() {
    return file;
  }

  public String field() {
    return field;
  }
}
