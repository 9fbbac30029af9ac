package dev.assay.screening.matching;

/**
 * The scores from which a match is raised for review and from which it blocks.
 *
 * @param review at least this: shown to an officer
 * @param block at least this: the goods stop until an officer decides
 */
public record MatchThresholds(double review, double block) {
  public MatchThresholds {
    if (!(review > 0 && review <= block && block <= 1)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 < review <= block <= 1, got review "
              + review
              + " and block "
              + block);
    }
  }

  public MatchLevel level(double score) {
    if (score >= block) {
      return MatchLevel.BLOCK;
    }
    return score >= review ? MatchLevel.REVIEW : MatchLevel.NONE;
  }
}
