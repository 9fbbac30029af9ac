package dev.assay.ml.scoring;

import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.Row;
import dev.assay.ml.features.FeatureEncoder;
import dev.assay.ml.model.RankingModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores the rows of a dataset with a saved model, each with the features that moved its score
 * most, for a data scientist to join back, compute their own metrics or explain a ranking. Strict:
 * the scored rows' labels never join the history (each row scored as if no outcome of the scored
 * period were known), so the scores are what the model would have said at the time.
 */
public final class RowScorer {
  private RowScorer() {}

  /** One feature's share of a row's log-odds (positive: towards a violation). */
  public record Contribution(String feature, double logOdds) {}

  public record ScoredRow(String id, LocalDate date, double probability, List<Contribution> top) {}

  /** What scoring skipped: rows on or before the last day of the model's data. */
  public record Summary(long scored, long skipped, LocalDate modelEnds) {}

  /**
   * @param top how many contributions each row carries, largest in absolute value first
   */
  public static Summary score(RankingModel model, Dataset data, int top, Consumer<ScoredRow> into) {
    FeatureEncoder encoder = model.encoder();
    encoder.hideLabelsFrom(Integer.MIN_VALUE);
    int lastDay = model.encoderState().path("last_day").asInt(Integer.MIN_VALUE);
    List<String> names = model.features();
    int width = names.size();
    long scored = 0;
    long skipped = 0;
    for (Row row : data.rows()) {
      if (row.day() <= lastDay) {
        skipped++;
        continue;
      }
      float[] x = encoder.encode(row);
      double p = model.forest().probability(x);
      List<Contribution> best = new ArrayList<>();
      if (top > 0) {
        double[] c = model.forest().contributions(x, width);
        Integer[] order = new Integer[width];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(c[i])));
        for (int j = 0; j < Math.min(top, width) && c[order[j]] != 0; j++) {
          best.add(new Contribution(names.get(order[j]), c[order[j]]));
        }
      }
      into.accept(new ScoredRow(row.id(), LocalDate.ofEpochDay(row.day()), p, best));
      scored++;
    }
    return new Summary(
        scored, skipped, lastDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(lastDay));
  }
}
