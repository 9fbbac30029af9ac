package dev.assay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gate of the loop's champion and challenger: whether a model trained on period 1's outcomes
 * may take over the ranking from the rule score. Judged only on the random inspections of a window
 * the model was not fitted on: they are a uniform sample of all declarations, while the targeted
 * inspections are the ones the rule score already put on top (an AUC over all inspected
 * declarations rewards a model for re-ordering what the rules chose, not for finding what they
 * missed). The yardstick is what the lane decision uses: recall at the top {@code rate} of the
 * declarations, each ranker's top share estimated from the random sample's own scores.
 *
 * <p>The rule: per violation in the random sample, d = (hit by the model) - (hit by the rule
 * score), ties at a threshold counted as the expected share under random tie-breaking. The model is
 * chosen only when D = Σd is positive and D ≥ 1.645·√(Σd²) + 1, a one-sided 95% sign test (McNemar
 * on the discordant violations) with a continuity correction of one declaration: five violations
 * found by the model alone and none by the rules pass, four do not. Anything less is "too small to
 * tell", and the rule score keeps ranking.
 */
final class ModelGate {
  static final double Z = 1.645;

  /** One inspected declaration of the judged window. */
  record Sample(double rule, double model, boolean violation, boolean random) {}

  /**
   * @param modelOnly violations (expected, with ties) in the top share by the model alone
   * @param ruleOnly the same by the rule score alone
   */
  record Decision(
      boolean useModel,
      int randomRows,
      int randomViolations,
      double ruleRecall,
      double modelRecall,
      double modelOnly,
      double ruleOnly,
      double bound) {
    String describe(double rate) {
      return String.format(
          Locale.ROOT,
          "on the %,d random inspections of its test window (%,d violations) recall@%.0f%% %.3f"
              + " against %.3f for the rule score (violations found by the model alone %.1f, by"
              + " the rules alone %.1f; sign-test margin %.2f, needs > 0): %s",
          randomRows,
          randomViolations,
          rate * 100,
          modelRecall,
          ruleRecall,
          modelOnly,
          ruleOnly,
          bound,
          useModel
              ? "the model ranks soft evidence in period 2"
              : "not used, the learned weights rank soft evidence in period 2");
    }
  }

  private ModelGate() {}

  static Decision decide(List<Sample> samples, double rate) {
    List<Sample> random = new ArrayList<>();
    for (Sample s : samples) {
      if (s.random()) {
        random.add(s);
      }
    }
    int n = random.size();
    double[] rule = new double[n];
    double[] model = new double[n];
    for (int i = 0; i < n; i++) {
      rule[i] = random.get(i).rule();
      model[i] = random.get(i).model();
    }
    int k = Math.max(1, (int) Math.ceil(rate * n));
    int violations = 0;
    double ruleHits = 0;
    double modelHits = 0;
    double sum = 0;
    double sumSq = 0;
    double modelOnly = 0;
    double ruleOnly = 0;
    for (int i = 0; i < n; i++) {
      if (!random.get(i).violation()) {
        continue;
      }
      violations++;
      double r = inTop(rule, rule[i], k);
      double m = inTop(model, model[i], k);
      ruleHits += r;
      modelHits += m;
      double d = m - r;
      sum += d;
      sumSq += d * d;
      modelOnly += Math.max(0, d);
      ruleOnly += Math.max(0, -d);
    }
    double bound = sum - Z * Math.sqrt(sumSq) - 1;
    boolean useModel = violations > 0 && sum > 0 && bound >= 0;
    return new Decision(
        useModel,
        n,
        violations,
        violations == 0 ? 0 : ruleHits / violations,
        violations == 0 ? 0 : modelHits / violations,
        modelOnly,
        ruleOnly,
        bound);
  }

  /**
   * The chance that a declaration scored {@code score} is among the top {@code k} of {@code all}
   * when ties are broken at random: 1 above the cut, 0 below, the share of the remaining places
   * among those tied at it.
   */
  static double inTop(double[] all, double score, int k) {
    int greater = 0;
    int equal = 0;
    for (double s : all) {
      if (s > score) {
        greater++;
      } else if (s == score) {
        equal++;
      }
    }
    return Math.max(0, Math.min(1, (double) (k - greater) / equal));
  }
}
