package dev.assay.ml.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well a ranking would have served inspection: the top n% of rows by score count as inspected,
 * and the metrics say what share of them were violations (precision), what share of all violations
 * they caught (recall) and what share of the revenue recovered (where the dataset has it); AUC over
 * the whole ranking. Rows tied at the cut count by their expected share, so a score with many ties
 * (the rule score) is neither flattered nor punished by the order of the file.
 *
 * @param revenueShare NaN where the dataset has no revenue column
 */
public record RankingMetrics(int rows, int positives, double auc, List<AtShare> atShares) {
  public static final double[] SHARES = {0.01, 0.02, 0.05, 0.10};

  /** The metrics of inspecting the top {@code share} of rows. */
  public record AtShare(
      double share, double inspected, double precision, double recall, double revenueShare) {}

  /**
   * @param labels 1 or 0 for each row; rows without a label must be left out by the caller
   * @param revenue per row, NaN where unknown; may be null
   */
  public static RankingMetrics of(double[] scores, int[] labels, double[] revenue) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
    int positives = 0;
    double totalRevenue = 0;
    for (int i = 0; i < n; i++) {
      positives += labels[i];
      if (revenue != null && labels[i] == 1 && !Double.isNaN(revenue[i])) {
        totalRevenue += revenue[i];
      }
    }
    List<AtShare> at = new ArrayList<>();
    for (double share : SHARES) {
      double k = share * n;
      double hits = 0;
      double money = 0;
      int taken = 0;
      int i = 0;
      while (i < n && taken < k) {
        int j = i;
        while (j < n && scores[order[j]] == scores[order[i]]) {
          j++;
        }
        int groupSize = j - i;
        double fraction = Math.min(1.0, (k - taken) / groupSize);
        for (int g = i; g < j; g++) {
          int row = order[g];
          hits += fraction * labels[row];
          if (revenue != null && labels[row] == 1 && !Double.isNaN(revenue[row])) {
            money += fraction * revenue[row];
          }
        }
        taken += groupSize;
        i = j;
      }
      at.add(
          new AtShare(
              share,
              k,
              k == 0 ? Double.NaN : hits / k,
              positives == 0 ? Double.NaN : hits / positives,
              totalRevenue > 0 ? money / totalRevenue : Double.NaN));
    }
    return new RankingMetrics(n, positives, auc(scores, labels, order, positives), at);
  }

  /** Mann-Whitney AUC with ties counted half. */
  private static double auc(double[] scores, int[] labels, Integer[] desc, int positives) {
    int n = scores.length;
    int negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double rankSum = 0;
    int i = n - 1;
    int rank = 1;
    while (i >= 0) {
      int j = i;
      while (j >= 0 && scores[desc[j]] == scores[desc[i]]) {
        j--;
      }
      int size = i - j;
      double mid = rank + (size - 1) / 2.0;
      for (int g = j + 1; g <= i; g++) {
        if (labels[desc[g]] == 1) {
          rankSum += mid;
        }
      }
      rank += size;
      i = j;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  public AtShare at(double share) {
    return atShares.stream().filter(a -> a.share() == share).findFirst().orElseThrow();
  }

  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("rows", rows).put("positives", positives).put("auc", round(auc));
    for (AtShare a : atShares) {
      String pct = Integer.toString((int) Math.round(a.share() * 100));
      ObjectNode at = node.putObject("at_" + pct + "pct");
      at.put("inspected", round(a.inspected()))
          .put("precision", round(a.precision()))
          .put("recall", round(a.recall()));
      if (!Double.isNaN(a.revenueShare())) {
        at.put("revenue", round(a.revenueShare()));
      }
    }
    return node;
  }

  private static double round(double v) {
    return Double.isNaN(v) ? Double.NaN : Math.round(v * 10_000) / 10_000.0;
  }
}
