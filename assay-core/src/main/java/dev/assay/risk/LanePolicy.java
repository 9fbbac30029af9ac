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
}
