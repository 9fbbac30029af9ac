package dev.assay.ml.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  @Test
  void precisionRecallAndRevenueAtTheTopShare() {
    // 100 rows, 4 positives ranked 1st, 2nd, 50th and 100th.
    double[] scores = new double[100];
    int[] labels = new int[100];
    double[] revenue = new double[100];
    for (int i = 0; i < 100; i++) {
      scores[i] = 100 - i;
    }
    for (int i : new int[] {0, 1, 49, 99}) {
      labels[i] = 1;
      revenue[i] = 10;
    }
    revenue[0] = 70;
    RankingMetrics m = RankingMetrics.of(scores, labels, revenue);
    assertThat(m.at(0.01).precision()).isEqualTo(1.0);
    assertThat(m.at(0.02).recall()).isEqualTo(0.5);
    assertThat(m.at(0.02).revenueShare()).isEqualTo(0.8);
    assertThat(m.at(0.05).precision()).isEqualTo(0.4);
    assertThat(m.at(0.10).recall()).isEqualTo(0.5);
    // AUC: negatives ranked below each positive: 96, 96, 49 and 0 of 96
    assertThat(m.auc()).isCloseTo((96 + 96 + 49 + 0) / 384.0, within(1e-12));
  }

  @Test
  void tiesAtTheCutCountByTheirExpectedShare() {
    // All scores equal: the top 10% holds 10% of the positives in expectation, in any file order.
    double[] scores = new double[100];
    int[] labels = new int[100];
    for (int i = 0; i < 20; i++) {
      labels[i] = 1;
    }
    RankingMetrics m = RankingMetrics.of(scores, labels, null);
    assertThat(m.at(0.10).precision()).isCloseTo(0.2, within(1e-12));
    assertThat(m.at(0.10).revenueShare()).isNaN();
    assertThat(m.auc()).isEqualTo(0.5);
  }
}
