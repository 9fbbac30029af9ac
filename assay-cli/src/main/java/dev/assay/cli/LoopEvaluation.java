package dev.assay.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import dev.assay.evaluation.EvaluationReport;
import dev.assay.evaluation.RankingEvaluation;
import dev.assay.ml.RankingPipeline;
import dev.assay.ml.data.DataReport;
import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.DeclarationRows;
import dev.assay.ml.data.Row;
import dev.assay.ml.data.RowBuilder;
import dev.assay.ml.model.LearnedRiskModel;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.risk.Assessment;
import dev.assay.risk.Lane;
import dev.assay.risk.Screener;
import dev.assay.risk.Selection;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The deployment test of {@code assay evaluate --loop}: one screener, built as {@code assay screen}
 * builds it, runs through two periods as it would in production. It starts cold (shipped weights,
 * nothing learned); it learns only the outcomes of what it sent to inspection (RED within capacity,
 * legal certainties and the random picks), each one only once known ({@code --outcome-delay}); it
 * never sees a label otherwise. Period 1 is judged as the cold start, period 2 as what a year of
 * its own inspections bought, both on the true labels.
 */
final class LoopEvaluation {
  /**
   * Training settings for the loop's model: a few hundred shallow trees at a higher rate than the
   * ml defaults (1,000 rounds at 0.05), enough for the few thousand inspected rows of a period and
   * a fit of seconds on two cores.
   */
  static final TrainingSettings LOOP_TRAINING =
      new TrainingSettings(300, 30, 4, 0.1, 0.8, 0.8, 7, 2, 1, true);

  private Screener screener;
  private final boolean trainModel;
  private final List<Map<String, Object>> inspectedRows = new ArrayList<>();
  private int delayDays;
  private String modelSummary = "no model";
  private ModelGate.Decision gateDecision;
  private boolean overrideGate;

  /** The model ranks period 2 whatever the gate decides (a diagnostic of the gate). */
  void overrideGate() {
    overrideGate = true;
  }

  private final LocalDate split;
  private final RankingEvaluation first = new RankingEvaluation();
  private final RankingEvaluation second = new RankingEvaluation();
  private long inspected;
  private long randomInspected;
  // per period (index 0: period 1, 1: period 2), to compare selection policies at equal budgets
  private final long[] inspectedIn = new long[2];
  private final long[] randomInspectedIn = new long[2];
  private long outcomesLearned;
  private boolean inSecond;
  private final Runnable atSplit;
  private java.io.BufferedWriter scores;

  /** Per inspected declaration of period 1: its rule score and whether it was a random pick. */
  private final Map<String, Inspected> inspectedHow = new HashMap<>();

  /** The share of declarations the lane decision sends to inspection: the gate's yardstick. */
  static final double GATE_RATE = 0.05;

  /**
   * @param score the score it was screened with (what targeted it)
   * @param certain the shipped weights of its legal certainties (they keep them under a model)
   */
  private record Inspected(double score, boolean random, double[] certain, double randomRed) {}

  /**
   * Every declaration of period 1 that neither a legal certainty nor the random draw sent RED: its
   * day, its score and whether the score targeted it. A random pick's chance of being inspected
   * anyway (had the draw missed it) is read from these (see {@link #targetedShare}).
   */
  private double[] screenedScores = new double[1 << 16];

  private boolean[] screenedTargeted = new boolean[1 << 16];
  private int[] screenedDay = new int[1 << 16];
  private int screenedCount;

  /**
   * @param atSplit run once, before the first declaration of period 2 is screened (writes the
   *     weights learned in period 1)
   */
  LoopEvaluation(
      Screener screener, LocalDate split, int delayDays, boolean trainModel, Runnable atSplit) {
    this.screener = screener;
    this.split = split;
    this.delayDays = delayDays;
    this.trainModel = trainModel;
    this.atSplit = atSplit;
  }

  /**
   * At the split: a model trained on the outcomes known by then (inspected declarations only, their
   * findings as features), ranking soft evidence from period 2 on.
   */
  private void trainAtSplit() {
    if (!trainModel) {
      return;
    }
    DatasetSchema schema = DatasetSchema.assayContract();
    DataReport report = new DataReport();
    RowBuilder builder = new RowBuilder(schema, report);
    List<Row> rows = new ArrayList<>();
    long n = 0;
    for (Map<String, Object> fields : inspectedRows) {
      Row row = builder.build(++n, fields::get);
      if (row != null) {
        rows.add(row);
      }
    }
    rows.sort(java.util.Comparator.comparingInt(Row::day));
    try {
      long started = System.nanoTime();
      Dataset data = new Dataset(schema, rows, report);
      RankingPipeline.Trained trained = new RankingPipeline(LOOP_TRAINING).train(data);
      // Champion and challenger: the model takes over the ranking of soft evidence only where it
      // found more violations in the top 5% of the random inspections of the pipeline's test
      // window (not fitted on) than the rule score did, by a margin a sign test trusts (ModelGate).
      // An AUC over all inspected declarations is biased towards what the rules already chose.
      ModelGate.Decision gate = ModelGate.decide(gateSamples(trained, data), GATE_RATE);
      gateDecision = gate;
      boolean better = gate.useModel() || overrideGate;
      if (better) {
        screener = screener.withModel(new LearnedRiskModel(trained.model(), screener.scoring()));
      }
      modelSummary =
          String.format(
              Locale.ROOT,
              "model %s trained at the split on %,d inspected declarations (%,d violations) known"
                  + " by then, %d trees, %.1f s; %s",
              trained.model().version(),
              rows.size(),
              report.positives(),
              trained.model().forest().size(),
              (System.nanoTime() - started) / 1e9,
              gate.describe(GATE_RATE)
                  + (overrideGate && !gate.useModel()
                      ? "; used all the same (--loop-model-always, a diagnostic)"
                      : ""));
    } catch (IllegalArgumentException e) {
      modelSummary = "no model: " + e.getMessage();
    }
  }

  /**
   * The inspected declarations of the pipeline's test window (not fitted on) with the champion's
   * score (the one each was screened with), the challenger's (the model's probability combined with
   * the legal certainties' shipped weights, as {@code Screener.withModel} scores), and the number
   * of declarations of the window each stands for: 1 for a legal certainty, 1/(1-r) for one the
   * score targeted (the draw, which comes first, took the other r of those); a random pick 1/r
   * times the chance that the score would not have targeted it, read from the declarations screened
   * in the window with a similar score (it stands only for the untargeted stratum; the targeted
   * rows are a census of theirs). Features are encoded row after row as the pipeline encodes them
   * (each row from the history before it).
   */
  private List<ModelGate.Sample> gateSamples(RankingPipeline.Trained trained, Dataset data) {
    RankingPipeline.Features features = RankingPipeline.encode(data);
    int width = features.width();
    int testFrom = (int) trained.test().testFrom().toEpochDay();
    double r =
        screener
            .randomRedRate()
            .orElse(dev.assay.risk.evidence.EvidenceWeights.DEFAULT_RANDOM_INCLUSION);
    int lastDay = Integer.MIN_VALUE;
    for (int i = 0; i < data.size(); i++) {
      lastDay = Math.max(lastDay, data.row(i).day());
    }
    Targeting targeting = targeting(testFrom, lastDay);
    List<ModelGate.Sample> samples = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Row row = data.row(i);
      Inspected how = inspectedHow.get(row.id());
      if (row.day() < testFrom || !row.labelled() || how == null) {
        continue;
      }
      float[] x = java.util.Arrays.copyOfRange(features.values(), i * width, (i + 1) * width);
      double p = trained.model().forest().probability(x);
      double[] w = java.util.Arrays.copyOf(how.certain(), how.certain().length + 1);
      w[w.length - 1] = p;
      double challenger = dev.assay.risk.Scoring.combine(w, true).score();
      // the random draw comes first, so the score targets only the (1 - r) the draw missed;
      // a legal certainty goes RED whatever the draw
      // each with its own random RED probability where its selection recorded one (exploration)
      double own = how.randomRed() > 0 && how.randomRed() < 1 ? how.randomRed() : r;
      double weight =
          how.random()
              ? (1 - targeting.share(how.score())) / own
              : how.certain().length > 0 ? 1 : 1 / (1 - own);
      samples.add(
          new ModelGate.Sample(how.score(), challenger, row.label() == 1, how.random(), weight));
    }
    return samples;
  }

  /** Scores of the window's declarations screened without a certainty or a random draw, sorted. */
  record Targeting(double[] scores, boolean[] targeted) {
    /** Neighbours on each side whose targeting tells a random pick's chance. */
    static final int NEIGHBOURS = 100;

    /**
     * The share targeted among the declarations scored nearest to {@code score}: where the score
     * alone decides (capacity aside), 1 above the window's cut and 0 below it.
     */
    double share(double score) {
      if (scores.length == 0) {
        return 0;
      }
      int pos = java.util.Arrays.binarySearch(scores, score);
      if (pos < 0) {
        pos = -pos - 1;
      }
      int from = Math.max(0, pos - NEIGHBOURS);
      int to = Math.min(scores.length, pos + NEIGHBOURS);
      int hits = 0;
      for (int k = from; k < to; k++) {
        hits += targeted[k] ? 1 : 0;
      }
      return to > from ? (double) hits / (to - from) : 0;
    }
  }

  private Targeting targeting(int fromDay, int toDay) {
    List<Integer> idx = new ArrayList<>();
    for (int k = 0; k < screenedCount; k++) {
      if (screenedDay[k] >= fromDay && screenedDay[k] <= toDay) {
        idx.add(k);
      }
    }
    idx.sort((a, b) -> Double.compare(screenedScores[a], screenedScores[b]));
    double[] scores = new double[idx.size()];
    boolean[] targeted = new boolean[idx.size()];
    for (int k = 0; k < scores.length; k++) {
      scores[k] = screenedScores[idx.get(k)];
      targeted[k] = screenedTargeted[idx.get(k)];
    }
    return new Targeting(scores, targeted);
  }

  private void screened(int day, double score, boolean targeted) {
    if (screenedCount == screenedScores.length) {
      screenedScores = java.util.Arrays.copyOf(screenedScores, screenedCount * 2);
      screenedTargeted = java.util.Arrays.copyOf(screenedTargeted, screenedCount * 2);
      screenedDay = java.util.Arrays.copyOf(screenedDay, screenedCount * 2);
    }
    screenedScores[screenedCount] = score;
    screenedTargeted[screenedCount] = targeted;
    screenedDay[screenedCount] = day;
    screenedCount++;
  }

  void accept(Declaration declaration, Optional<Label> label) {
    boolean second = !declaration.declaredAt().isBefore(split);
    if (second && !inSecond) {
      inSecond = true;
      atSplit.run();
      trainAtSplit();
    }
    Declaration unlabelled = withoutLabel(declaration);
    Assessment a = screener.screen(unlabelled);
    (second ? this.second : first).add(unlabelled, a, label);
    if (scores != null && label.isPresent()) {
      writeScore(second, unlabelled, a, label.get());
    }
    if (!second
        && a.laneReason() != Selection.Reason.RANDOM
        && a.laneReason() != Selection.Reason.LEGAL_CERTAINTY) {
      screened(
          (int) declaration.declaredAt().toEpochDay(),
          a.score(),
          a.lane() == Lane.RED && a.laneReason() == Selection.Reason.SCORE);
    }
    if (a.lane() == Lane.RED && label.isPresent()) {
      boolean random = a.laneReason() == Selection.Reason.RANDOM;
      inspected++;
      inspectedIn[second ? 1 : 0]++;
      if (random) {
        randomInspected++;
        randomInspectedIn[second ? 1 : 0]++;
      }
      if (!second) {
        outcomesLearned++;
      }
      // what the inspectors find, learned only once the result is known (the screener's delay)
      // weighted by the declaration's own random RED probability, as its selection recorded it
      double pi = a.selection().map(Selection::randomRedProbability).orElse(Double.NaN);
      screener.learnOutcome(
          unlabelled,
          label.get().outcome(),
          random,
          pi > 0 && pi <= 1 ? java.util.OptionalDouble.of(pi) : java.util.OptionalDouble.empty());
      if (!second && declaration.declaredAt().plusDays(delayDays).isBefore(split)) {
        inspectedRows.add(
            DeclarationRows.fields(
                withLabel(unlabelled, label.get()),
                a.findings(),
                screener.scoring().score(a.findings())));
        inspectedHow.put(unlabelled.id(), new Inspected(a.score(), random, certain(a), pi));
      }
    }
  }

  /** The shipped weights of an assessment's legal certainties. */
  private double[] certain(Assessment a) {
    return a.findings().stream()
        .filter(dev.assay.risk.evidence.EvidenceKinds::isLegalCertainty)
        .mapToDouble(f -> screener.scoring().weight(f.code(), f.severity()))
        .toArray();
  }

  /** Writes one CSV row per labelled declaration screened from now on (see --scores-out). */
  void writeScoresTo(java.nio.file.Path file) {
    try {
      scores = java.nio.file.Files.newBufferedWriter(file);
      scores.write("declaration_id,period,score,lane,reason,outcome,typology,soft_evidence\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }

  void closeScores() {
    if (scores != null) {
      try {
        scores.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private void writeScore(boolean second, Declaration d, Assessment a, Label label) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    for (dev.assay.risk.Finding f : a.findings()) {
      if (!dev.assay.risk.evidence.EvidenceKinds.isLegalCertainty(f)) {
        String signal = dev.assay.risk.evidence.EvidenceSignals.of(f);
        keys.add(
            dev.assay.risk.evidence.EvidenceWeights.key(f)
                + (signal.isEmpty() ? "" : "/" + signal));
      }
    }
    try {
      scores.write(
          String.format(
              Locale.ROOT,
              "%s,%d,%.6f,%s,%s,%s,%s,%s%n",
              d.id(),
              second ? 2 : 1,
              a.score(),
              a.lane(),
              a.laneReason(),
              label.outcome(),
              label.typology().orElse(""),
              String.join(" ", keys)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Declaration withoutLabel(Declaration d) {
    return d.label().isEmpty() ? d : withLabel(d, null);
  }

  /** The declaration with this label (the inspection's finding), or none for null. */
  static Declaration withLabel(Declaration d, Label label) {
    return d.withLabel(Optional.ofNullable(label));
  }

  EvaluationReport coldReport() {
    return first.report();
  }

  EvaluationReport warmReport() {
    return second.report();
  }

  void print(PrintWriter out, int delayDays) {
    EvaluationReport cold = coldReport();
    EvaluationReport warm = warmReport();
    out.printf(
        Locale.ROOT,
        "Loop: period 1 before %s screened cold; %,d inspections (%,d random) gave outcomes,"
            + " each known %d days after its declaration; period 2 from %s screened by the same"
            + " production path with what was learned.%n%n",
        split,
        inspected,
        randomInspected,
        delayDays,
        split);
    out.println("Period 2 ranking: " + modelSummary);
    out.println();
    out.println("== Period 1 (cold start) ==");
    EvaluateCommand.print(out, cold);
    printWorst(out, cold);
    out.println();
    out.println("== Period 2 (after period 1's own inspections) ==");
    if (warm.declarations() == 0) {
      out.println("no labelled declaration on or after " + split);
    } else {
      EvaluateCommand.print(out, warm);
      printWorst(out, warm);
    }
    out.flush();
  }

  /** The typology with the lowest recall at 5%%: the figure that says whether detection holds. */
  static void printWorst(PrintWriter out, EvaluationReport r) {
    worst(r)
        .ifPresent(
            w ->
                out.printf(
                    Locale.ROOT,
                    "Worst typology at 5%%: %s, recall %.3f (overall %.3f)%n",
                    w.getKey(),
                    w.getValue().recall(),
                    at5(r).recall()));
  }

  static EvaluationReport.AtRate at5(EvaluationReport r) {
    return r.atRates().stream()
        .filter(a -> Math.abs(a.rate() - 0.05) < 1e-9)
        .findFirst()
        .orElseThrow();
  }

  static Optional<Map.Entry<String, EvaluationReport.TypologyAtRate>> worst(EvaluationReport r) {
    if (r.declarations() == 0) {
      return Optional.empty();
    }
    return at5(r).byTypology().entrySet().stream()
        .filter(e -> e.getValue().violations() > 0)
        .min(
            Map.Entry.comparingByValue(
                java.util.Comparator.comparingDouble(EvaluationReport.TypologyAtRate::recall)));
  }

  ObjectNode toJson(int delayDays) {
    ObjectNode root = ReportJson.MAPPER.createObjectNode();
    root.put("split", split.toString());
    root.put("outcome_delay_days", delayDays);
    root.put("inspections", inspected);
    root.put("random_inspections", randomInspected);
    ObjectNode byPeriod = root.putObject("inspections_by_period");
    for (int p = 0; p < 2; p++) {
      ObjectNode n = byPeriod.putObject("period_" + (p + 1));
      n.put("inspections", inspectedIn[p]);
      n.put("random_inspections", randomInspectedIn[p]);
    }
    root.put("outcomes_learned_in_period_1", outcomesLearned);
    root.put("model", modelSummary);
    if (gateDecision != null) {
      ObjectNode gate = root.putObject("model_gate");
      gate.put("use_model", gateDecision.useModel());
      gate.put("rows", gateDecision.rows());
      gate.put("random_rows", gateDecision.randomRows());
      gate.put("random_violations", gateDecision.randomViolations());
      gate.put("weighted_violations", gateDecision.violations());
      gate.put("rule_recall", gateDecision.ruleRecall());
      gate.put("model_recall", gateDecision.modelRecall());
      gate.put("lower_bound", gateDecision.lower());
    }
    root.set("period_1", withWorst(EvaluateCommand.toJson(coldReport()), coldReport()));
    if (warmReport().declarations() > 0) {
      root.set("period_2", withWorst(EvaluateCommand.toJson(warmReport()), warmReport()));
    }
    return root;
  }

  private static ObjectNode withWorst(ObjectNode json, EvaluationReport r) {
    worst(r)
        .ifPresent(
            w -> {
              json.put("worst_typology", w.getKey());
              json.put("worst_typology_recall_at_5", w.getValue().recall());
            });
    return json;
  }
}
