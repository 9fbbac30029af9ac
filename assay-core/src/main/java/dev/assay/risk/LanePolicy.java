package dev.assay.risk;

import dev.assay.declaration.Declaration;

/**
 * Decides the lane of a scored declaration where lanes depend on more than the score: inspection
 * capacity per office and day, random selection. Sees declarations in stream order, one at a time;
 * implementations keep their state per instance (one screening run) and must be thread-safe.
 */
public interface LanePolicy {
  /**
   * The lane for a declaration.
   *
   * @param scoreLane the lane the score alone gives ({@link Scoring#lane})
   */
  Selection select(Declaration declaration, double score, Lane scoreLane);

  /**
   * The lane for a declaration whose random RED draw has its own probability ({@link
   * #exploration()}): a policy that draws at random uses {@code randomRed} (never less than its
   * base rate) and records it in the selection; one that does not draw ignores it.
   */
  default Selection select(
      Declaration declaration, double score, Lane scoreLane, double randomRed) {
    return select(declaration, score, scoreLane);
  }

  /** Where and how much the policy explores thinly measured evidence; off unless it says. */
  default Exploration exploration() {
    return Exploration.OFF;
  }

  /**
   * The lane for a declaration that a legal certainty decides: RED, outside the score-ranked
   * capacity (its score is not counted among the office's recent scores, so it does not raise the
   * bar for soft evidence either).
   */
  default Selection selectCertain(Declaration declaration, double score) {
    return new Selection(
        Lane.RED, Selection.Reason.LEGAL_CERTAINTY, declaration.customsOffice(), 0, 0);
  }

  /** The probability that a declaration is picked for RED at random, where the policy knows it. */
  default java.util.OptionalDouble randomRedRate() {
    return java.util.OptionalDouble.empty();
  }
}
