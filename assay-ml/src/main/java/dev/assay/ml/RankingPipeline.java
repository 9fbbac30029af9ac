package dev.assay.ml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.Row;
import dev.assay.ml.evaluation.RankingMetrics;
import dev.assay.ml.evaluation.TimeSplit;
import dev.assay.ml.evaluation.WindowResult;
import dev.assay.ml.features.FeatureEncoder;
import dev.assay.ml.model.Forest;
import dev.assay.ml.model.RankingModel;
import dev.assay.ml.model.Trainer;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.schema.ColumnRole;
import dev.assay.ml.schema.ColumnSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Train, backtest and evaluate: features are computed once per dataset in date order (each row from
 * strictly earlier rows only), then trees are trained on one period and judged on a later one.
 */
public final class RankingPipeline {
  private final TrainingSettings settings;

  public RankingPipeline(TrainingSettings settings) {
    this.settings = settings;
  }

  /** Every row's features, row after row, and the encoder's history after the last row. */
  public record Features(float[] values, int width, List<String> names, ObjectNode endState) {
    float[] row(int i) {
      return java.util.Arrays.copyOfRange(values, i * width, (i + 1) * width);
    }
  }

  public static Features encode(Dataset data) {
    FeatureEncoder encoder = new FeatureEncoder(data.schema());
    int width = encoder.width();
    float[] values = new float[data.size() * width];
    for (int i = 0; i < data.size(); i++) {
      System.arraycopy(encoder.encode(data.row(i)), 0, values, i * width, width);
    }
    return new Features(values, width, encoder.featureNames(), encoder.state());
  }

  /** The model and how it did: trained on the first 60% of days, stopped early on the next 20%. */
  public record Trained(
      RankingModel model, WindowResult test, double encodeSeconds, double fitSeconds) {}

  public Trained train(Dataset data) {
    return train(data, null);
  }

  /**
   * @param truth where given, the labels (row id to 1 or 0) the test period is judged by, while
   *     training and features see only the dataset's own labels: how a model trained on what
   *     inspections found ranks what really happened
   */
  public Trained train(Dataset data, Map<String, Integer> truth) {
    if (data.size() == 0) {
      throw new IllegalArgumentException("no rows to train on");
    }
    long started = System.nanoTime();
    Features features = encode(data);
    long encoded = System.nanoTime();
    TimeSplit split = TimeSplit.of(data.rows(), 0.6, 0.2);
    Forest forest = fit(data, features, 0, split.validStart(), split.testStart());
    long fitted = System.nanoTime();
    WindowResult test =
        judge(
            data,
            features,
            forest,
            "test",
            0,
            split.validStart(),
            split.testStart(),
            data.size(),
            truth);
    ObjectNode metrics = JsonNodeFactory.instance.objectNode();
    metrics.set("test", test.toJson());
    RankingModel model =
        RankingModel.of(
            data.schema(),
            features.names(),
            LocalDate.ofEpochDay(data.row(0).day()),
            LocalDate.ofEpochDay(data.row(Math.max(0, split.validStart() - 1)).day()),
            metrics,
            features.endState(),
            forest);
    return new Trained(model, test, (encoded - started) / 1e9, (fitted - encoded) / 1e9);
  }

  /**
   * Rolling windows: the last half of the days cut into {@code windows} periods; each is tested by
   * a model trained on every labelled row before it (its last fifth for early stopping).
   */
  public List<WindowResult> backtest(Dataset data, int windows) {
    Features features = encode(data);
    List<WindowResult> results = new ArrayList<>();
    int n = data.size();
    int start = TimeSplit.of(data.rows(), 0.5, 0).validStart();
    for (int w = 0; w < windows; w++) {
      int from =
          TimeSplit.of(data.rows(), (start + (double) (n - start) * w / windows) / n, 0)
              .validStart();
      int to =
          w == windows - 1
              ? n
              : TimeSplit.of(data.rows(), (start + (double) (n - start) * (w + 1) / windows) / n, 0)
                  .validStart();
      if (from >= to) {
        continue;
      }
      int validStart = TimeSplit.of(data.rows().subList(0, from), 0.8, 0).validStart();
      Forest forest = fit(data, features, 0, validStart, from);
      results.add(judge(data, features, forest, "window " + (w + 1), 0, from, from, to, null));
    }
    return results;
  }

  /**
   * A saved model on new rows: the rows after the model's history ends, encoded from that history
   * on. Labels for the metrics come from {@code truth} (row id to label) where given, otherwise
   * from the rows themselves.
   */
  public static WindowResult evaluate(
      RankingModel model, Dataset data, Map<String, Integer> truth) {
    return evaluate(model, data, truth, new java.util.LinkedHashMap<>());
  }

  /**
   * @param unseen filled with, per category key, how many scored rows had a value the history had
   *     never seen (they get the overall rate)
   */
  public static WindowResult evaluate(
      RankingModel model, Dataset data, Map<String, Integer> truth, Map<String, Long> unseen) {
    FeatureEncoder encoder = model.encoder();
    int lastDay = model.encoderState().path("last_day").asInt(Integer.MIN_VALUE);
    List<Double> scores = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    List<Double> revenue = new ArrayList<>();
    int baselineIndex = baselineIndex(data);
    LocalDate first = null;
    LocalDate last = null;
    for (Row row : data.rows()) {
      if (row.day() <= lastDay) {
        continue;
      }
      double p = model.forest().probability(encoder.encode(row));
      for (int k = 0; k < encoder.keys().size(); k++) {
        if (encoder.unseen(k, row)) {
          unseen.merge(encoder.keys().get(k).name(), 1L, Long::sum);
        }
      }
      Integer label = truth == null ? Integer.valueOf(row.label()) : truth.get(row.id());
      if (label == null || label < 0) {
        continue;
      }
      scores.add(p);
      labels.add(label);
      revenue.add(row.value());
      base.add(baselineIndex < 0 ? 0 : nanToZero(row.numbers()[baselineIndex]));
      LocalDate d = LocalDate.ofEpochDay(row.day());
      first = first == null ? d : first;
      last = d;
    }
    if (labels.isEmpty()) {
      throw new IllegalArgumentException(
          "no labelled rows after the model's data ends ("
              + LocalDate.ofEpochDay(lastDay)
              + "); evaluate on a later period");
    }
    int[] l = labels.stream().mapToInt(Integer::intValue).toArray();
    double[] rev = revenue.stream().mapToDouble(Double::doubleValue).toArray();
    return new WindowResult(
        "later",
        null,
        null,
        first,
        last,
        0,
        RankingMetrics.of(scores.stream().mapToDouble(Double::doubleValue).toArray(), l, rev),
        baselineIndex < 0
            ? null
            : RankingMetrics.of(base.stream().mapToDouble(Double::doubleValue).toArray(), l, rev));
  }

  private Forest fit(Dataset data, Features features, int from, int validStart, int to) {
    float[][] train = labelled(data, features, from, validStart);
    float[][] valid = labelled(data, features, validStart, to);
    if (train[1].length == 0) {
      throw new IllegalArgumentException("no labelled rows in the training period");
    }
    return new Trainer(settings).train(train[0], train[1], valid[0], valid[1], features.width());
  }

  /** {features, labels} of the labelled rows in [from, to). */
  private static float[][] labelled(Dataset data, Features features, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += data.row(i).labelled() ? 1 : 0;
    }
    int width = features.width();
    float[] x = new float[count * width];
    float[] y = new float[count];
    int j = 0;
    for (int i = from; i < to; i++) {
      if (data.row(i).labelled()) {
        System.arraycopy(features.values(), i * width, x, j * width, width);
        y[j++] = data.row(i).label();
      }
    }
    return new float[][] {x, y};
  }

  private static WindowResult judge(
      Dataset data,
      Features features,
      Forest forest,
      String name,
      int trainFrom,
      int trainTo,
      int testFrom,
      int testTo,
      Map<String, Integer> truth) {
    int baselineIndex = baselineIndex(data);
    List<Integer> rows = new ArrayList<>();
    for (int i = testFrom; i < testTo; i++) {
      if (label(data.row(i), truth) >= 0) {
        rows.add(i);
      }
    }
    double[] scores = new double[rows.size()];
    double[] base = new double[rows.size()];
    int[] labels = new int[rows.size()];
    double[] revenue = new double[rows.size()];
    int trainRows = 0;
    for (int i = trainFrom; i < trainTo; i++) {
      trainRows += data.row(i).labelled() ? 1 : 0;
    }
    for (int j = 0; j < rows.size(); j++) {
      int i = rows.get(j);
      scores[j] = forest.probability(features.row(i));
      labels[j] = label(data.row(i), truth);
      revenue[j] = data.row(i).value();
      base[j] = baselineIndex < 0 ? 0 : nanToZero(data.row(i).numbers()[baselineIndex]);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no labelled rows in the test period");
    }
    return new WindowResult(
        name,
        LocalDate.ofEpochDay(data.row(trainFrom).day()),
        LocalDate.ofEpochDay(data.row(Math.max(trainFrom, trainTo - 1)).day()),
        LocalDate.ofEpochDay(data.row(rows.get(0)).day()),
        LocalDate.ofEpochDay(data.row(rows.get(rows.size() - 1)).day()),
        trainRows,
        RankingMetrics.of(scores, labels, revenue),
        baselineIndex < 0 ? null : RankingMetrics.of(base, labels, revenue));
  }

  private static int label(Row row, Map<String, Integer> truth) {
    if (truth == null) {
      return row.label();
    }
    Integer l = truth.get(row.id());
    return l == null ? -1 : l;
  }

  private static double nanToZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static int baselineIndex(Dataset data) {
    String baseline = data.schema().baseline();
    List<ColumnSpec> nums = data.schema().withRole(ColumnRole.NUMERIC);
    for (int i = 0; baseline != null && i < nums.size(); i++) {
      if (nums.get(i).name().equals(baseline)) {
        return i;
      }
    }
    return -1;
  }
}
