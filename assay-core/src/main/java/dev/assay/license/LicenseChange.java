package dev.assay.license;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a license's history: its issue (or import), an amendment, a suspension, a
 * reinstatement or its revocation, with who did it, when and why.
 *
 * @param details what changed, in words (for an amendment, the new values)
 */
public record LicenseChange(Kind kind, Instant at, String actor, String reason, String details) {

  public LicenseChange {
    Objects.requireNonNull(kind, "kind");
    at = Amounts.normal(Objects.requireNonNull(at, "at"));
    actor = requireText(actor, "actor");
    reason = reason == null ? "" : reason;
    details = details == null ? "" : details;
  }

  /** What happened to the license. */
  public enum Kind {
    ISSUED,
    AMENDED,
    SUSPENDED,
    REINSTATED,
    REVOKED;

    /** The change that brings a license to a status. */
    public static Kind toStatus(LicenseStatus status) {
      return switch (status) {
        case VALID -> REINSTATED;
        case SUSPENDED -> SUSPENDED;
        case REVOKED -> REVOKED;
      };
    }
  }

  static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new LicensingException("the " + what + " must be named");
    }
    return text.strip();
  }
}
