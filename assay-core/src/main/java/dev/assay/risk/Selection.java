package dev.assay.risk;

/**
 * Why a declaration went to its lane, as decided by a {@link LanePolicy}: the score, a random pick,
 * or a red lane that was full. Kept in the assessment so every lane can be justified afterwards and
 * random picks can be told apart from targeted ones (they are the unbiased sample).
 *
 * @param lane the lane the declaration was sent to
 * @param reason why this lane
 * @param office the customs office whose capacity was used
 * @param redCapacity the office's physical-inspection capacity for the declaration's day, as the
 *     policy knew it at that moment
 * @param redUsed red-lane places taken by score at the office that day, this declaration included
 * @param randomRedProbability the probability with which the random draw would send this
 *     declaration RED (its inclusion probability when it was a random pick): the base random rate,
 *     or more where it was explored ({@link Exploration}); NaN where no draw was made or the policy
 *     does not say
 */
public record Selection(
    Lane lane,
    Reason reason,
    String office,
    long redCapacity,
    long redUsed,
    double randomRedProbability) {

  /** A selection whose random RED probability is not known. */
  public Selection(Lane lane, Reason reason, String office, long redCapacity, long redUsed) {
    this(lane, reason, office, redCapacity, redUsed, Double.NaN);
  }

  /** The closed set of reasons for a lane. */
  public enum Reason {
    /** The score decided the lane (and, for RED, there was capacity left). */
    SCORE,
    /** A seeded random draw picked the declaration for this lane, whatever its score. */
    RANDOM,
    /** The score asked for RED but the office's capacity for the day was spent: next lane down. */
    CAPACITY_FULL,
    /**
     * A legal certainty (docs/evidence.md) sent the declaration RED on its own, with its basis: not
     * ranked against soft scores and taking no place of the office's score-ranked capacity.
     */
    LEGAL_CERTAINTY
  }
}
