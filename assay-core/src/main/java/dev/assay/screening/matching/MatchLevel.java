package dev.assay.screening.matching;

/** What a match asks of an officer, from its score and the configured thresholds. */
public enum MatchLevel {
  /** Below the review threshold: not raised. */
  NONE,
  /** Shown to an officer, who confirms or dismisses it. */
  REVIEW,
  /** Strong enough to stop the goods until an officer decides. */
  BLOCK
}
