package dev.assay.license;

/**
 * A licensing operation the rules do not allow: a transition out of a final state, submitting an
 * application without its documents, amending a key element of a license, and the like. The message
 * says what was refused and why, for the officer who asked.
 */
public final class LicensingException extends RuntimeException {
  public LicensingException(String message) {
    super(message);
  }
}
