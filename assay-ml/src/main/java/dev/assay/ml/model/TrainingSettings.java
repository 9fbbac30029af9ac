package dev.assay.ml.model;

/**
 * How the trees are grown. The defaults are XGBoost's usual starting point for tabular data with a
 * rare positive class, not tuned to any one dataset.
 *
 * @param rounds the most trees; training stops earlier when the validation AUC has not improved for
 *     {@code earlyStopping} rounds
 */
public record TrainingSettings(
    int rounds,
    int earlyStopping,
    int maxDepth,
    double learningRate,
    double subsample,
    double columnSample,
    long seed,
    int threads) {

  public static TrainingSettings defaults() {
    return new TrainingSettings(300, 30, 6, 0.1, 0.8, 0.8, 7, 2);
  }

  public TrainingSettings withSeed(long s) {
    return new TrainingSettings(
        rounds, earlyStopping, maxDepth, learningRate, subsample, columnSample, s, threads);
  }

  public TrainingSettings withRounds(int r) {
    return new TrainingSettings(
        r, earlyStopping, maxDepth, learningRate, subsample, columnSample, seed, threads);
  }
}
