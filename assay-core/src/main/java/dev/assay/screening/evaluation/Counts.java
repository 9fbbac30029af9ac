package dev.assay.screening.evaluation;

/** Confusion counts over labelled pairs, and the measures made of them. */
public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

  public Counts plus(boolean label, boolean predicted) {
    return new Counts(
        truePositives + (label && predicted ? 1 : 0),
        falsePositives + (!label && predicted ? 1 : 0),
        falseNegatives + (label && !predicted ? 1 : 0),
        trueNegatives + (!label && !predicted ? 1 : 0));
  }

  public int total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  public double precision() {
    int p = truePositives + falsePositives;
    return p == 0 ? 1.0 : (double) truePositives / p;
  }

  public double recall() {
    int p = truePositives + falseNegatives;
    return p == 0 ? 1.0 : (double) truePositives / p;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
