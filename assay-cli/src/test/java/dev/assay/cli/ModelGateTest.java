package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelGateTest {
  /**
   * A random sample of 400 declarations: 380 clean ones scored 0.1..0.5 by both rankers, and 20
   * violations. The rule score puts {@code ruleFinds} of them above every clean declaration, the
   * model {@code modelFinds}; the rest sit among the clean ones at the bottom.
   */
  private static List<ModelGate.Sample> randomSample(int ruleFinds, int modelFinds) {
    List<ModelGate.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 380; i++) {
      double s = 0.1 + 0.4 * i / 380.0;
      samples.add(new ModelGate.Sample(s, s, false, true));
    }
    for (int i = 0; i < 20; i++) {
      samples.add(
          new ModelGate.Sample(
              i < ruleFinds ? 0.9 : 0.05, i < modelFinds ? 0.9 : 0.05, true, true));
    }
    return samples;
  }

  @Test
  void choosesTheModelWhenItFindsMoreOnTheRandomInspections() {
    // top 5% of 400 = 20 places: the rule score finds 4 of the 20 violations, the model 14
    ModelGate.Decision d = ModelGate.decide(randomSample(4, 14), 0.05);

    assertThat(d.useModel()).isTrue();
    assertThat(d.randomRows()).isEqualTo(400);
    assertThat(d.randomViolations()).isEqualTo(20);
    assertThat(d.ruleRecall()).isEqualTo(0.2);
    assertThat(d.modelRecall()).isEqualTo(0.7);
  }

  @Test
  void keepsTheRulesWhenTheModelWinsOnlyOnTheTargetedInspections() {
    // On the random sample both find the same 6 violations; among the targeted inspections (what
    // the rule score sent RED) the model orders the violations first, which an AUC over all
    // inspected declarations would reward.
    List<ModelGate.Sample> samples = randomSample(6, 6);
    for (int i = 0; i < 300; i++) {
      boolean violation = i % 3 == 0;
      samples.add(
          new ModelGate.Sample(0.95 - i * 0.0001, violation ? 0.99 : 0.2, violation, false));
    }

    ModelGate.Decision d = ModelGate.decide(samples, 0.05);

    assertThat(d.useModel()).isFalse();
    assertThat(d.randomRows()).isEqualTo(400);
    assertThat(d.modelRecall()).isEqualTo(d.ruleRecall());
  }

  @Test
  void keepsTheRulesWhenTheRandomSampleIsTooSmallToTell() {
    // the model alone finds 4 violations, the rules none: a one-sided sign test p of 1/16, not
    // enough
    ModelGate.Decision four = ModelGate.decide(randomSample(2, 6), 0.05);
    ModelGate.Decision five = ModelGate.decide(randomSample(2, 7), 0.05);

    assertThat(four.modelOnly()).isEqualTo(4.0);
    assertThat(four.useModel()).isFalse();
    assertThat(five.useModel()).isTrue();
  }

  @Test
  void tiesAtTheCutCountAsTheirExpectedShare() {
    double[] scores = {3, 2, 2, 2, 1};
    // top 2: the 3 for sure, one of the three 2s
    assertThat(ModelGate.inTop(scores, 3, 2)).isEqualTo(1.0);
    assertThat(ModelGate.inTop(scores, 2, 2)).isEqualTo(1.0 / 3);
    assertThat(ModelGate.inTop(scores, 1, 2)).isEqualTo(0.0);
  }
}
