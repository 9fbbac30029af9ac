package dev.assay.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Picks one of a fixed list of items with probability proportional to its weight, in O(log n) by
 * bisection of the cumulative weights. Items of zero weight are never picked.
 */
public final class WeightedChoice<T> {
  private final List<T> items;
  private final double[] cumulative;

  private WeightedChoice(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  public static <T> WeightedChoice<T> of(List<T> items, ToDoubleFunction<T> weight) {
    List<T> kept = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (T item : items) {
      double w = weight.applyAsDouble(item);
      if (w < 0 || Double.isNaN(w)) {
        throw new IllegalArgumentException("negative weight for " + item);
      }
      if (w > 0) {
        kept.add(item);
        weights.add(w);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from: every weight is zero");
    }
    double[] cumulative = new double[kept.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
    return new WeightedChoice<>(List.copyOf(kept), cumulative);
  }

  public T pick(Draws draws) {
    double target = draws.unit() * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return items.get(low);
  }

  public List<T> items() {
    return items;
  }
}
