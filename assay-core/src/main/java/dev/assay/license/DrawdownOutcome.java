package dev.assay.license;

/**
 * What became of a drawdown request. {@link LicenseRepository#check} answers with what {@link
 * LicenseRepository#draw} would do, without recording anything.
 */
public sealed interface DrawdownOutcome {

  /** The line was written off the license; the balance is the item's balance after it. */
  record Drawn(Drawdown drawdown, ItemBalance balance) implements DrawdownOutcome {}

  /**
   * The line had already drawn (screening the same declaration twice draws once); the earlier
   * drawdown stands as it was.
   */
  record AlreadyDrawn(Drawdown earlier) implements DrawdownOutcome {}

  /** Refused: nothing was recorded. */
  record Refused(LicenseViolation reason) implements DrawdownOutcome {}
}
