package dev.assay.ml.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Grows gradient-boosted trees with XGBoost and hands them over as a plain-Java {@link Forest}. */
public final class Trainer {
  private final TrainingSettings settings;

  public Trainer(TrainingSettings settings) {
    this.settings = settings;
  }

  /**
   * The trees and how many rounds early stopping chose.
   *
   * @param validAuc the best validation AUC, NaN without validation rows of both classes
   */
  public record Fit(Forest forest, int rounds, double validAuc) {}

  /**
   * @param train features row by row ({@code width} floats each), NaN for missing
   * @param valid rows for early stopping, or an empty array to train every round
   */
  public Forest train(
      float[] train, float[] trainLabels, float[] valid, float[] validLabels, int width) {
    return fit(train, trainLabels, valid, validLabels, width).forest();
  }

  /**
   * Trees on the training rows, stopped early on the validation rows where they have both classes.
   */
  public Fit fit(
      float[] train, float[] trainLabels, float[] valid, float[] validLabels, int width) {
    return grow(train, trainLabels, valid, validLabels, width, settings.rounds(), true);
  }

  /** Exactly {@code rounds} trees on these rows, no validation: the refit after early stopping. */
  public Forest fitRounds(float[] train, float[] labels, int width, int rounds) {
    return grow(train, labels, new float[0], new float[0], width, rounds, false).forest();
  }

  private Fit grow(
      float[] train,
      float[] trainLabels,
      float[] valid,
      float[] validLabels,
      int width,
      int rounds,
      boolean stopEarly) {
    try {
      DMatrix dtrain = new DMatrix(train, trainLabels.length, width, Float.NaN);
      dtrain.setLabel(trainLabels);
      Map<String, Object> params = new HashMap<>();
      params.put("objective", "binary:logistic");
      params.put("eval_metric", "auc");
      params.put("tree_method", "hist");
      params.put("max_depth", settings.maxDepth());
      params.put("eta", settings.learningRate());
      params.put("min_child_weight", settings.minChildWeight());
      params.put("subsample", settings.subsample());
      params.put("colsample_bytree", settings.columnSample());
      params.put("seed", settings.seed());
      params.put("nthread", settings.threads());
      params.put("verbosity", 0);
      DMatrix dvalid = null;
      if (stopEarly && validLabels.length > 0 && hasBothClasses(validLabels)) {
        dvalid = new DMatrix(valid, validLabels.length, width, Float.NaN);
        dvalid.setLabel(validLabels);
      }
      // Rounds one at a time with our own early stopping: XGBoost's would print every round.
      Booster booster = XGBoost.train(dtrain, params, 0, new HashMap<>(), null, null);
      double bestAuc = Double.NaN;
      int bestRound = -1;
      for (int round = 0; round < rounds; round++) {
        booster.update(dtrain, round);
        if (dvalid == null) {
          bestRound = round;
          continue;
        }
        String eval = booster.evalSet(new DMatrix[] {dvalid}, new String[] {"valid"}, round);
        double auc = Double.parseDouble(eval.substring(eval.lastIndexOf(':') + 1).strip());
        if (bestRound < 0 || auc > bestAuc) {
          bestAuc = auc;
          bestRound = round;
        } else if (round - bestRound >= settings.earlyStopping()) {
          break;
        }
      }
      String[] all = booster.getModelDump((String) null, true, "json");
      String[] dump = Arrays.copyOf(all, Math.min(all.length, bestRound + 1));
      // The bias XGBoost adds to the leaves: a margin prediction minus the sum of all leaves.
      float[] first = Arrays.copyOf(train, width);
      DMatrix one = new DMatrix(first, 1, width, Float.NaN);
      float margin = booster.predict(one, true, 0)[0][0];
      float base = (float) (margin - Forest.fromDump(all, 0f).leafSum(first));
      Forest forest = Forest.fromDump(dump, base);
      checkAgainstNative(booster, forest, train, trainLabels.length, width, bestRound + 1);
      booster.dispose();
      return new Fit(forest, bestRound + 1, bestAuc);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
    }
  }

  /**
   * The plain-Java trees must give XGBoost's own probabilities; checked on the first training rows
   * so that a change in XGBoost's dump format fails training instead of skewing every score.
   */
  private static void checkAgainstNative(
      Booster booster, Forest forest, float[] x, int rows, int width, int trees)
      throws XGBoostError {
    int n = Math.min(rows, 200);
    float[] sample = Arrays.copyOf(x, n * width);
    float[][] expected = booster.predict(new DMatrix(sample, n, width, Float.NaN), false, trees);
    for (int i = 0; i < n; i++) {
      double p = forest.probability(Arrays.copyOfRange(sample, i * width, (i + 1) * width));
      if (Math.abs(p - expected[i][0]) > 1e-4) {
        throw new IllegalStateException(
            "trees read from XGBoost's dump disagree with XGBoost on row "
                + i
                + ": "
                + p
                + " against "
                + expected[i][0]);
      }
    }
  }

  private static boolean hasBothClasses(float[] labels) {
    boolean pos = false;
    boolean neg = false;
    for (float l : labels) {
      pos |= l > 0.5f;
      neg |= l <= 0.5f;
    }
    return pos && neg;
  }
}
