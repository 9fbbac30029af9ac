package dev.assay.license;

import java.time.Instant;

/**
 * One recorded step of an application: a change of state, or the start or end of a review that
 * stops the clock. Each names who did it, when, and why; together they are the application's
 * history and the clock's input.
 */
public sealed interface ApplicationEvent {
  String actor();

  Instant at();

  String reason();

  /** The application moved from one state to another. */
  record StateChanged(
      ApplicationState from, ApplicationState to, String actor, Instant at, String reason)
      implements ApplicationEvent {
    public StateChanged {
      actor = LicenseChange.requireText(actor, "actor");
      at = Amounts.normal(java.util.Objects.requireNonNull(at, "at"));
      reason = reason == null ? "" : reason;
    }
  }

  /** An identification, expert review or on-site check began; the clock stops. */
  record ReviewPaused(PauseKind kind, String actor, Instant at, String reason)
      implements ApplicationEvent {
    public ReviewPaused {
      actor = LicenseChange.requireText(actor, "actor");
      at = Amounts.normal(java.util.Objects.requireNonNull(at, "at"));
      reason = reason == null ? "" : reason;
    }
  }

  /** The review that stopped the clock ended; the clock runs again. */
  record ReviewResumed(String actor, Instant at, String reason) implements ApplicationEvent {
    public ReviewResumed {
      actor = LicenseChange.requireText(actor, "actor");
      at = Amounts.normal(java.util.Objects.requireNonNull(at, "at"));
      reason = reason == null ? "" : reason;
    }
  }
}
