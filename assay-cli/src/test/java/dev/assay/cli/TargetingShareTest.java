package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * How the loop's gate weighs a random pick: by the chance that the score would not have targeted
 * it, read from the declarations screened with the nearest scores.
 */
class TargetingShareTest {
  /** 2,000 screened declarations scored 0 to 1,999, the score targeting the top 500. */
  private static LoopEvaluation.Targeting topQuarterTargeted() {
    double[] scores = new double[2000];
    boolean[] targeted = new boolean[2000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = i;
      targeted[i] = i >= 1500;
    }
    return new LoopEvaluation.Targeting(scores, targeted);
  }

  @Test
  void aRandomPickTheScoreWouldHaveTargetedStandsForNoUntargetedDeclaration() {
    // every neighbour of a score of 1,900 was targeted: the pick's weight (1 - share) / r is 0
    assertThat(topQuarterTargeted().share(1900)).isEqualTo(1.0);
  }

  @Test
  void aRandomPickWellBelowTheCutStandsForItsFullShare() {
    // near miss: at a score of 500 no neighbour was targeted, so the pick weighs 1/r
    assertThat(topQuarterTargeted().share(500)).isEqualTo(0.0);
    // at the cut, half of the neighbours were targeted
    assertThat(topQuarterTargeted().share(1500)).isCloseTo(0.5, within(0.01));
  }

  @Test
  void withNothingScreenedNoPickCountsAsTargeted() {
    assertThat(new LoopEvaluation.Targeting(new double[0], new boolean[0]).share(0.9))
        .isEqualTo(0.0);
  }
}
