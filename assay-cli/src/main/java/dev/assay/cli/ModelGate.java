package dev.assay.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The gate of the loop's champion and challenger: whether a model trained on period 1's outcomes
 * may take over the ranking from the rule score. The yardstick is what the lane decision uses:
 * recall at the top {@code rate} of <em>all</em> declarations of a window the model was not fitted
 * on, estimated from the inspected ones by inverse inclusion probability (a Hajek estimate).
 *
 * <p>Why that is fair to both rankers. Every declaration of the window had a known chance to be
 * inspected, fixed before its outcome was known: a legal certainty or a declaration the rule score
 * targeted was inspected for sure (weight 1); any other one only by the seeded random draw, with
 * the random share r (weight 1/r; a random pick that the score would have targeted anyway stands
 * for the targeted stratum, see {@link Sample#weight}). Weighted so, the inspected rows are an
 * unbiased picture of the whole window whatever ranked them, so neither ranker's recall is favoured
 * in expectation: the targeted rows were chosen by the champion, but they are a census of what it
 * chose, not a sample of what it ranks well. What the champion's choice does cause is unequal
 * <em>precision</em>: its top share lies mostly in the census (known exactly), while a challenger's
 * departures from it lie in the randomly sampled stratum (each random pick standing for 1/r
 * declarations). The lower bound below carries that uncertainty, so the burden of proof stays with
 * the challenger, as a gate's should.
 *
 * <p>The rule: the model is chosen only when the estimated difference in recall (model minus rules)
 * is positive and the 5th percentile of a paired bootstrap of it is above 0 (one-sided 95%).
 * Declarations are resampled within their stratum (targeted, random), as they were drawn, and both
 * rankers are judged on the same resample. Otherwise the rule score keeps ranking.
 */
final class ModelGate {
  /** Bootstrap replicates of the difference. */
  static final int REPLICATES = 1000;

  /** The lower bound is this quantile of the bootstrap differences (one-sided 95%). */
  static final double QUANTILE = 0.05;

  /** Differences of recall below this are rounding, not a gain. */
  static final double EPSILON = 1e-9;

  /**
   * One inspected declaration of the judged window.
   *
   * @param rule the champion's score (the rule score with the weights it was screened with)
   * @param model the challenger's score (the model in the production path)
   * @param random whether the random draw chose it (its stratum in the bootstrap)
   * @param weight how many declarations of the window it stands for: 1 for a targeted one (or a
   *     legal certainty), 1/r for a random pick the score would not have targeted, between those
   *     where that is uncertain, 0 for a random pick the score would have targeted for sure (the
   *     targeted rows stand for it already)
   */
  record Sample(double rule, double model, boolean violation, boolean random, double weight) {
    Sample {
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight must be finite and >= 0, got " + weight);
      }
    }
  }

  /**
   * @param rows inspected declarations judged
   * @param randomRows of them random picks
   * @param randomViolations violations among the random picks
   * @param violations estimated violations in the whole window (weighted)
   * @param ruleRecall the rule score's estimated recall at the top share
   * @param modelRecall the model's
   * @param lower the 5th percentile of the bootstrap differences (model minus rules)
   */
  record Decision(
      boolean useModel,
      int rows,
      int randomRows,
      int randomViolations,
      double violations,
      double ruleRecall,
      double modelRecall,
      double lower) {
    double difference() {
      return modelRecall - ruleRecall;
    }

    String describe(double rate) {
      return String.format(
          Locale.ROOT,
          "on the %,d inspected declarations of its test window (%,d random, %,d violations among"
              + " them; about %,.0f violations in the window, weighted by inverse inspection"
              + " probability) estimated recall@%.0f%% %.3f against %.3f for the rule score"
              + " (difference %+.3f, 95%% lower bound %+.3f, needs > 0): %s",
          rows,
          randomRows,
          randomViolations,
          violations,
          rate * 100,
          modelRecall,
          ruleRecall,
          difference(),
          lower,
          useModel
              ? "the model ranks soft evidence in period 2"
              : "not used, the learned weights rank soft evidence in period 2");
    }
  }

  private ModelGate() {}

  static Decision decide(List<Sample> samples, double rate) {
    return decide(samples, rate, REPLICATES, 20261206L);
  }

  static Decision decide(List<Sample> samples, double rate, int replicates, long seed) {
    int n = samples.size();
    double[] w = new double[n];
    boolean[] y = new boolean[n];
    int randomRows = 0;
    int randomViolations = 0;
    List<Integer> targeted = new ArrayList<>();
    List<Integer> random = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Sample s = samples.get(i);
      w[i] = s.weight();
      y[i] = s.violation();
      if (s.random()) {
        randomRows++;
        random.add(i);
        if (s.violation()) {
          randomViolations++;
        }
      } else {
        targeted.add(i);
      }
    }
    int[] byRule = order(samples, true);
    int[] byModel = order(samples, false);
    double[] ruleScores = samples.stream().mapToDouble(Sample::rule).toArray();
    double[] modelScores = samples.stream().mapToDouble(Sample::model).toArray();

    double[] once = new double[n];
    Arrays.fill(once, 1);
    double violations = 0;
    for (int i = 0; i < n; i++) {
      violations += y[i] ? w[i] : 0;
    }
    double ruleRecall = recall(byRule, ruleScores, w, y, once, rate);
    double modelRecall = recall(byModel, modelScores, w, y, once, rate);

    double[] diffs = new double[replicates];
    SplittableRandom rng = new SplittableRandom(seed);
    double[] count = new double[n];
    for (int b = 0; b < replicates; b++) {
      Arrays.fill(count, 0);
      draw(targeted, count, rng);
      draw(random, count, rng);
      diffs[b] =
          recall(byModel, modelScores, w, y, count, rate)
              - recall(byRule, ruleScores, w, y, count, rate);
    }
    Arrays.sort(diffs);
    double lower =
        replicates == 0 ? Double.NEGATIVE_INFINITY : diffs[(int) Math.floor(QUANTILE * replicates)];
    // rounding of weighted sums must not read as a gain: equal rankings give 1.0000000000000002
    // against 0.9999999999999996
    boolean useModel = violations > 0 && modelRecall - ruleRecall > EPSILON && lower > EPSILON;
    return new Decision(
        useModel, n, randomRows, randomViolations, violations, ruleRecall, modelRecall, lower);
  }

  /** Resamples one stratum with replacement, as many as it holds. */
  private static void draw(List<Integer> stratum, double[] count, SplittableRandom rng) {
    int m = stratum.size();
    for (int k = 0; k < m; k++) {
      count[stratum.get(rng.nextInt(m))]++;
    }
  }

  private static int[] order(List<Sample> samples, boolean rule) {
    Integer[] idx = new Integer[samples.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(
        idx,
        (a, b) ->
            rule
                ? Double.compare(samples.get(b).rule(), samples.get(a).rule())
                : Double.compare(samples.get(b).model(), samples.get(a).model()));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }

  /**
   * The weighted share of violations in the top {@code rate} of the weighted declarations, walking
   * {@code order} (scores descending); a group tied at the cut counts with the share of it that
   * fits, as random tie-breaking would expect. 0 where no violation is weighted in.
   */
  static double recall(
      int[] order, double[] scores, double[] w, boolean[] y, double[] count, double rate) {
    double total = 0;
    double positives = 0;
    for (int i = 0; i < w.length; i++) {
      double m = count[i] * w[i];
      total += m;
      if (y[i]) {
        positives += m;
      }
    }
    if (positives <= 0) {
      return 0;
    }
    double budget = rate * total;
    double used = 0;
    double hits = 0;
    int k = 0;
    while (k < order.length && used < budget) {
      double score = scores[order[k]];
      double group = 0;
      double groupHits = 0;
      int j = k;
      while (j < order.length && scores[order[j]] == score) {
        double m = count[order[j]] * w[order[j]];
        group += m;
        if (y[order[j]]) {
          groupHits += m;
        }
        j++;
      }
      if (group > 0) {
        double take = Math.min(1, (budget - used) / group);
        hits += groupHits * take;
        used += group * take;
      }
      k = j;
    }
    return hits / positives;
  }
}
