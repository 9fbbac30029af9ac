package dev.assay.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the trees are grown. The defaults are XGBoost's usual starting point for tabular data with a
 * rare positive class (a slower learning rate than XGBoost's 0.3, with enough rounds for it), not
 * tuned to any one dataset.
 *
 * @param rounds the most trees; training stops earlier when the validation AUC has not improved for
 *     {@code earlyStopping} rounds (the patience)
 * @param minChildWeight the least hessian (about the number of rows, weighted by how uncertain
 *     their prediction still is) a leaf may hold: higher values keep trees from chasing a handful
 *     of rows
 * @param refit after early stopping, grow the chosen number of trees again on every labelled row up
 *     to the test period (training and validation together)
 */
public record TrainingSettings(
    int rounds,
    int earlyStopping,
    int maxDepth,
    double learningRate,
    double subsample,
    double columnSample,
    long seed,
    int threads,
    double minChildWeight,
    boolean refit) {

  public TrainingSettings {
    check(rounds >= 1, "rounds must be at least 1, got " + rounds);
    check(earlyStopping >= 1, "patience must be at least 1, got " + earlyStopping);
    check(maxDepth >= 1 && maxDepth <= 16, "depth must be 1 to 16, got " + maxDepth);
    check(
        learningRate > 0 && learningRate <= 1,
        "learning rate must be in (0, 1], got " + learningRate);
    check(subsample > 0 && subsample <= 1, "subsample must be in (0, 1], got " + subsample);
    check(
        columnSample > 0 && columnSample <= 1,
        "column sample must be in (0, 1], got " + columnSample);
    check(minChildWeight >= 0, "min child weight must be >= 0, got " + minChildWeight);
    check(threads >= 1, "threads must be at least 1, got " + threads);
  }

  /** The settings of earlier versions, kept so that a caller written for them still compiles. */
  public TrainingSettings(
      int rounds,
      int earlyStopping,
      int maxDepth,
      double learningRate,
      double subsample,
      double columnSample,
      long seed,
      int threads) {
    this(
        rounds,
        earlyStopping,
        maxDepth,
        learningRate,
        subsample,
        columnSample,
        seed,
        threads,
        1,
        true);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public static TrainingSettings defaults() {
    return new TrainingSettings(1000, 50, 6, 0.05, 0.8, 0.8, 7, 2, 1, true);
  }

  public TrainingSettings withSeed(long s) {
    return new TrainingSettings(
        rounds,
        earlyStopping,
        maxDepth,
        learningRate,
        subsample,
        columnSample,
        s,
        threads,
        minChildWeight,
        refit);
  }

  public TrainingSettings withRounds(int r) {
    return new TrainingSettings(
        r,
        earlyStopping,
        maxDepth,
        learningRate,
        subsample,
        columnSample,
        seed,
        threads,
        minChildWeight,
        refit);
  }

  public TrainingSettings withTrees(
      int depth, double eta, double minChild, double rowSample, double colSample) {
    return new TrainingSettings(
        rounds, earlyStopping, depth, eta, rowSample, colSample, seed, threads, minChild, refit);
  }

  public TrainingSettings withEarlyStopping(int patience) {
    return new TrainingSettings(
        rounds,
        patience,
        maxDepth,
        learningRate,
        subsample,
        columnSample,
        seed,
        threads,
        minChildWeight,
        refit);
  }

  public TrainingSettings withRefit(boolean r) {
    return new TrainingSettings(
        rounds,
        earlyStopping,
        maxDepth,
        learningRate,
        subsample,
        columnSample,
        seed,
        threads,
        minChildWeight,
        r);
  }

  /** As recorded in the model file. */
  public ObjectNode toJson() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("max_rounds", rounds)
        .put("patience", earlyStopping)
        .put("max_depth", maxDepth)
        .put("learning_rate", learningRate)
        .put("min_child_weight", minChildWeight)
        .put("subsample", subsample)
        .put("colsample_bytree", columnSample)
        .put("seed", seed)
        .put("refit", refit);
  }

  /** From a model file; anything absent keeps its default (models of earlier versions). */
  public static TrainingSettings fromJson(JsonNode node) {
    TrainingSettings d = defaults();
    if (node == null || node.isMissingNode() || node.isNull()) {
      return d;
    }
    return new TrainingSettings(
        node.path("max_rounds").asInt(d.rounds),
        node.path("patience").asInt(d.earlyStopping),
        node.path("max_depth").asInt(d.maxDepth),
        node.path("learning_rate").asDouble(d.learningRate),
        node.path("subsample").asDouble(d.subsample),
        node.path("colsample_bytree").asDouble(d.columnSample),
        node.path("seed").asLong(d.seed),
        d.threads,
        node.path("min_child_weight").asDouble(d.minChildWeight),
        node.path("refit").asBoolean(d.refit));
  }
}
