package dev.assay.risk.profile;

import java.util.Arrays;

/**
 * The usual range of one quantity (a packing ratio, a unit value) for one kind of goods, learned
 * from the most recent observations: the median and the median absolute deviation, which a few
 * smuggled declarations in the history cannot drag the way they would a mean. Not thread-safe;
 * {@link BandBook} guards it.
 */
final class RobustBand {
  /** MAD times this estimates the standard deviation of normally distributed values. */
  private static final double MAD_TO_SIGMA = 1.4826;

  private final double[] recent;
  private final int refreshEvery;
  private int size;
  private int next;
  private long seen;
  private double median = Double.NaN;
  private double sigma = Double.NaN;
  private double high = Double.NaN;

  RobustBand(int window, int refreshEvery) {
    this.recent = new double[window];
    this.refreshEvery = refreshEvery;
  }

  void add(double value) {
    recent[next] = value;
    next = (next + 1) % recent.length;
    size = Math.min(size + 1, recent.length);
    seen++;
    if (seen % refreshEvery == 0 || seen == refreshEvery / 2) {
      refresh();
    }
  }

  long seen() {
    return seen;
  }

  double median() {
    return median;
  }

  double sigma() {
    return sigma;
  }

  /** The 99th percentile of the recent observations: the top of what usually occurs. */
  double high() {
    return high;
  }

  private void refresh() {
    double[] values = Arrays.copyOf(recent, size);
    Arrays.sort(values);
    median = middle(values);
    high = values[(int) Math.ceil(0.99 * (values.length - 1))];
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.abs(values[i] - median);
    }
    Arrays.sort(values);
    sigma = middle(values) * MAD_TO_SIGMA;
  }

  private static double middle(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
