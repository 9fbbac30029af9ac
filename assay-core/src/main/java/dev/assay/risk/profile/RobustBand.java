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

  RobustBand(int window, int refreshEvery) {
    this.recent = new double[window];
    this.refreshEvery = refreshEvery;
  }

  /**
   * @param scratch at least the window's length, overwritten: the caller's (one per {@link
   *     BandBook}, under its lock), so a refresh allocates nothing
   */
  void add(double value, double[] scratch) {
    recent[next] = value;
    next = (next + 1) % recent.length;
    size = Math.min(size + 1, recent.length);
    seen++;
    if (seen % refreshEvery == 0 || seen == refreshEvery / 2) {
      refresh(scratch);
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

  /**
   * Median and MAD of the window by selection rather than sorting (the same order statistics, so
   * the same values, in linear time): the window of 256 was sorted twice per refresh before. A
   * window holding NaN or -0.0 (where {@code <} is not the order {@link Arrays#sort} uses) is
   * sorted as before.
   */
  private void refresh(double[] scratch) {
    int n = size;
    System.arraycopy(recent, 0, scratch, 0, n);
    if (!ordinary(scratch, n)) {
      refreshBySorting();
      return;
    }
    median = middle(scratch, n);
    for (int i = 0; i < n; i++) {
      scratch[i] = Math.abs(scratch[i] - median);
    }
    if (!ordinary(scratch, n)) {
      refreshBySorting();
      return;
    }
    sigma = middle(scratch, n) * MAD_TO_SIGMA;
  }

  private void refreshBySorting() {
    double[] values = Arrays.copyOf(recent, size);
    Arrays.sort(values);
    median = middle(values);
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.abs(values[i] - median);
    }
    Arrays.sort(values);
    sigma = middle(values) * MAD_TO_SIGMA;
  }

  /** No NaN and no -0.0 among the first n: {@code <} orders them as {@link Arrays#sort} does. */
  private static boolean ordinary(double[] a, int n) {
    for (int i = 0; i < n; i++) {
      double v = a[i];
      if (v != v || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
        return false;
      }
    }
    return true;
  }

  /** The median of the first n values (reordered), as {@link #middle(double[])} of them sorted. */
  static double middle(double[] a, int n) {
    int k = n / 2;
    double upper = select(a, n, k);
    if (n % 2 == 1) {
      return upper;
    }
    // after selecting k, a[0..k) holds the k smallest: the largest of them is the (k-1)th
    double lower = a[0];
    for (int i = 1; i < k; i++) {
      if (a[i] > lower) {
        lower = a[i];
      }
    }
    return (lower + upper) / 2;
  }

  /**
   * The k-th smallest of the first n values (Hoare's selection, median-of-three pivots), leaving
   * the smaller ones before index k and the larger after it.
   */
  private static double select(double[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (pivot < a[j]) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break; // a[j+1..i-1] all equal the pivot, and k is among them
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  private static double middle(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
