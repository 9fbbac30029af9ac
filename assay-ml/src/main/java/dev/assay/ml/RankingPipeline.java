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

  /** Categorical columns with at most this many distinct values also get their raw code. */
  public static final int MAX_CODES = 1000;

  /** Every row's features, row after row, and the encoder's history after the last row. */
  public record Features(float[] values, int width, List<String> names, ObjectNode endState) {
    float[] row(int i) {
      return java.util.Arrays.copyOfRange(values, i * width, (i + 1) * width);
    }
  }

  public static Features encode(Dataset data) {
    return encode(data, Integer.MAX_VALUE);
  }

  /**
   * @param hideLabelsFrom rows of this day or later join the histories without their label
   */
  static Features encode(Dataset data, int hideLabelsFrom) {
    FeatureEncoder encoder =
        new FeatureEncoder(
            data.schema(), FeatureEncoder.Options.forRows(data.schema(), data.rows(), MAX_CODES));
    encoder.hideLabelsFrom(hideLabelsFrom);
    int width = encoder.width();
    float[] values = new float[data.size() * width];
    for (int i = 0; i < data.size(); i++) {
      System.arraycopy(encoder.encode(data.row(i)), 0, values, i * width, width);
    }
    return new Features(values, width, encoder.featureNames(), encoder.state());
  }

  /**
   * The model and how it did.
   *
   * @param test the final trees on the test period; null where the protocol leaves no test period
   * @param validation the early-stopped trees on the validation period; null without one
   * @param settings the tree settings used (the best of the grid with tuning)
   * @param rounds the number of trees early stopping chose (and the refit grew)
   * @param tuning each setting tried with its validation metrics; empty without tuning
   */
  public record Trained(
      RankingModel model,
      WindowResult test,
      double encodeSeconds,
      double fitSeconds,
      WindowResult validation,
      TrainingSettings settings,
      int rounds,
      List<Tried> tuning) {
    public Trained(RankingModel model, WindowResult test, double encodeSeconds, double fitSeconds) {
      this(model, test, encodeSeconds, fitSeconds, null, null, model.forest().size(), List.of());
    }
  }

  /**
   * One setting of the tuning grid and how its early-stopped trees did on the validation period.
   */
  public record Tried(TrainingSettings settings, int rounds, RankingMetrics validation) {}

  public Trained train(Dataset data) {
    return train(data, null);
  }

  /**
   * @param truth where given, the labels (row id to 1 or 0) the test period is judged by, while
   *     training and features see only the dataset's own labels: how a model trained on what
   *     inspections found ranks what really happened
   */
  public Trained train(Dataset data, Map<String, Integer> truth) {
    return train(data, Protocol.defaults(), truth);
  }

  /**
   * Fits trees on the training period, stops them early on the validation period (trying the tuning
   * grid there where asked), then, unless the settings say not to, grows the chosen number of trees
   * again on every labelled row before the test period, and judges them on it.
   */
  public Trained train(Dataset given, Protocol protocol, Map<String, Integer> truth) {
    Dataset data = protocol.valid() == null ? given : append(given, protocol.valid());
    if (data.size() == 0) {
      throw new IllegalArgumentException("no rows to train on");
    }
    TimeSplit split =
        protocol.valid() != null
            ? new TimeSplit(given.size(), data.size(), data.size())
            : protocol.trainUntil() != null
                ? TimeSplit.byDates(data.rows(), protocol.trainUntil(), protocol.validUntil())
                : TimeSplit.of(data.rows(), 0.6, 0.2);
    boolean explicit = protocol.valid() != null || protocol.trainUntil() != null;
    if (split.validStart() == 0) {
      throw new IllegalArgumentException(
          "no rows in the training period (the data begins "
              + LocalDate.ofEpochDay(data.row(0).day())
              + ")");
    }
    if (explicit && countLabelled(data, split.validStart(), split.testStart(), true) == 0) {
      throw new IllegalArgumentException(
          "the validation period ("
              + (split.validStart() < data.size()
                  ? LocalDate.ofEpochDay(data.row(split.validStart()).day()) + " on"
                  : "after " + protocol.trainUntil())
              + ") has no labelled violation to stop early on; choose other dates");
    }
    long started = System.nanoTime();
    int hideFrom =
        protocol.strict() && split.testStart() < data.size()
            ? data.row(split.testStart()).day()
            : Integer.MAX_VALUE;
    Features features = encode(data, hideFrom);
    long encoded = System.nanoTime();
    float[][] train = labelled(data, features, 0, split.validStart());
    float[][] valid = labelled(data, features, split.validStart(), split.testStart());
    if (train[1].length == 0) {
      throw new IllegalArgumentException("no labelled rows in the training period");
    }
    List<Tried> tried = new ArrayList<>();
    TrainingSettings chosen = settings;
    Trainer.Fit fit;
    if (protocol.tune()) {
      Trainer.Fit best = null;
      RankingMetrics bestMetrics = null;
      for (TrainingSettings candidate : grid(settings)) {
        Trainer.Fit f =
            new Trainer(candidate).fit(train[0], train[1], valid[0], valid[1], features.width());
        RankingMetrics m =
            metrics(data, features, f.forest(), split.validStart(), split.testStart());
        tried.add(new Tried(candidate, f.rounds(), m));
        if (best == null || better(m, bestMetrics)) {
          best = f;
          bestMetrics = m;
          chosen = candidate;
        }
      }
      fit = best;
    } else {
      fit = new Trainer(settings).fit(train[0], train[1], valid[0], valid[1], features.width());
    }
    boolean hasValid = split.testStart() > split.validStart() && valid[1].length > 0;
    WindowResult validation =
        hasValid
            ? judge(
                data,
                features,
                fit.forest(),
                "valid",
                0,
                split.validStart(),
                split.validStart(),
                split.testStart(),
                null)
            : null;
    Forest forest = fit.forest();
    int fittedTo = split.validStart();
    if (chosen.refit() && hasValid) {
      float[][] all = labelled(data, features, 0, split.testStart());
      forest = new Trainer(chosen).fitRounds(all[0], all[1], features.width(), fit.rounds());
      fittedTo = split.testStart();
    }
    long fitted = System.nanoTime();
    WindowResult test =
        countLabelled(data, split.testStart(), data.size(), truth) > 0
            ? judge(
                data, features, forest, "test", 0, fittedTo, split.testStart(), data.size(), truth)
            : null;
    ObjectNode metrics = JsonNodeFactory.instance.objectNode();
    if (test != null) {
      metrics.set("test", test.toJson());
    }
    if (validation != null) {
      metrics.set("validation", validation.toJson());
    }
    ObjectNode training = JsonNodeFactory.instance.objectNode();
    training.set("settings", chosen.toJson());
    training.put("rounds", fit.rounds()).put("refit", fittedTo == split.testStart());
    period(training, "fit", data, 0, split.validStart());
    period(training, "validation", data, split.validStart(), split.testStart());
    period(training, "test", data, split.testStart(), data.size());
    training.put("strict", protocol.strict()).put("tuned", protocol.tune());
    RankingModel model =
        RankingModel.of(
            data.schema(),
            features.names(),
            LocalDate.ofEpochDay(data.row(0).day()),
            LocalDate.ofEpochDay(data.row(Math.max(0, fittedTo - 1)).day()),
            metrics,
            features.endState(),
            forest,
            training);
    return new Trained(
        model,
        test,
        (encoded - started) / 1e9,
        (fitted - encoded) / 1e9,
        validation,
        chosen,
        fit.rounds(),
        List.copyOf(tried));
  }

  /**
   * The tuning grid around the given settings: depth 4, 6 or 8, learning rate 0.05 or 0.1, min
   * child weight 1 or 5 (12 fits, each stopped early; rounds, patience, sampling and seed as
   * given).
   */
  static List<TrainingSettings> grid(TrainingSettings base) {
    List<TrainingSettings> grid = new ArrayList<>();
    for (int depth : new int[] {4, 6, 8}) {
      for (double eta : new double[] {0.05, 0.1}) {
        for (double minChild : new double[] {1, 5}) {
          grid.add(base.withTrees(depth, eta, minChild, base.subsample(), base.columnSample()));
        }
      }
    }
    return grid;
  }

  /** Precision at 5% decides (what a targeting unit inspects), AUC breaks ties. */
  private static boolean better(RankingMetrics a, RankingMetrics b) {
    double pa = a.at(0.05).precision();
    double pb = b.at(0.05).precision();
    return pa > pb + 1e-12 || (Math.abs(pa - pb) <= 1e-12 && a.auc() > b.auc());
  }

  private static RankingMetrics metrics(
      Dataset data, Features features, Forest forest, int from, int to) {
    List<Integer> rows = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (data.row(i).labelled()) {
        rows.add(i);
      }
    }
    double[] scores = new double[rows.size()];
    int[] labels = new int[rows.size()];
    double[] revenue = new double[rows.size()];
    for (int j = 0; j < rows.size(); j++) {
      scores[j] = forest.probability(features.row(rows.get(j)));
      labels[j] = data.row(rows.get(j)).label();
      revenue[j] = data.row(rows.get(j)).value();
    }
    return RankingMetrics.of(scores, labels, revenue);
  }

  private static void period(ObjectNode into, String name, Dataset data, int from, int to) {
    if (from >= to) {
      return;
    }
    into.putObject(name)
        .put("from", LocalDate.ofEpochDay(data.row(from).day()).toString())
        .put("to", LocalDate.ofEpochDay(data.row(to - 1).day()).toString())
        .put("rows", to - from)
        .put("labelled", countLabelled(data, from, to, null));
  }

  /** Labelled rows in [from, to) (with {@code positivesOnly}: violations only). */
  private static int countLabelled(Dataset data, int from, int to, boolean positivesOnly) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += positivesOnly ? (data.row(i).label() == 1 ? 1 : 0) : data.row(i).labelled() ? 1 : 0;
    }
    return n;
  }

  private static int countLabelled(Dataset data, int from, int to, Map<String, Integer> truth) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += label(data.row(i), truth) >= 0 ? 1 : 0;
    }
    return n;
  }

  /** The rows of {@code later} after those of {@code data}; every one must come after them. */
  static Dataset append(Dataset data, Dataset later) {
    if (data.size() > 0
        && later.size() > 0
        && later.row(0).day() <= data.row(data.size() - 1).day()) {
      throw new IllegalArgumentException(
          "the validation rows must come after the training rows: the validation file begins "
              + LocalDate.ofEpochDay(later.row(0).day())
              + ", the data ends "
              + LocalDate.ofEpochDay(data.row(data.size() - 1).day()));
    }
    List<Row> rows = new ArrayList<>(data.rows());
    rows.addAll(later.rows());
    return new Dataset(data.schema(), rows, data.report());
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
    return evaluate(model, data, truth, unseen, false);
  }

  /**
   * @param strict the evaluated rows' labels never join the history: each row is scored as if no
   *     outcome of the evaluated period were known yet (how published baselines are judged)
   */
  public static WindowResult evaluate(
      RankingModel model,
      Dataset data,
      Map<String, Integer> truth,
      Map<String, Long> unseen,
      boolean strict) {
    FeatureEncoder encoder = model.encoder();
    if (strict) {
      encoder.hideLabelsFrom(Integer.MIN_VALUE);
    }
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
        strict ? "strict" : "later",
        model.trainedFrom(),
        model.trainedTo(),
        first,
        last,
        model.training().path("fit").isMissingNode()
            ? 0
            : model.training().path("fit").path("labelled").asInt()
                + (model.training().path("refit").asBoolean()
                    ? model.training().path("validation").path("labelled").asInt()
                    : 0),
        RankingMetrics.of(scores.stream().mapToDouble(Double::doubleValue).toArray(), l, rev),
        baselineIndex < 0
            ? null
            : RankingMetrics.of(base.stream().mapToDouble(Double::doubleValue).toArray(), l, rev));
  }

  /** Stopped early on [validStart, to), then refitted on [from, to) where the settings say so. */
  private Forest fit(Dataset data, Features features, int from, int validStart, int to) {
    float[][] train = labelled(data, features, from, validStart);
    float[][] valid = labelled(data, features, validStart, to);
    if (train[1].length == 0) {
      throw new IllegalArgumentException("no labelled rows in the training period");
    }
    Trainer.Fit fit =
        new Trainer(settings).fit(train[0], train[1], valid[0], valid[1], features.width());
    if (!settings.refit() || valid[1].length == 0) {
      return fit.forest();
    }
    float[][] all = labelled(data, features, from, to);
    return new Trainer(settings).fitRounds(all[0], all[1], features.width(), fit.rounds());
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
