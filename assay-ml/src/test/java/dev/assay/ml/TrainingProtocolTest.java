package dev.assay.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.Row;
import dev.assay.ml.evaluation.WindowResult;
import dev.assay.ml.model.RankingModel;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.scoring.RowScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explicit periods, refit, tuning, strict evaluation and per-row scores on the planted dataset of
 * {@link RankingPipelineTest} (300 days from 2024-01-01).
 */
class TrainingProtocolTest {
  static final LocalDate TRAIN_UNTIL = LocalDate.of(2024, 6, 30);
  static final LocalDate VALID_UNTIL = LocalDate.of(2024, 8, 31);

  @TempDir static Path dir;
  static Dataset data;
  static RankingPipeline.Trained refitted;

  @BeforeAll
  static void train() throws IOException {
    data = RankingPipelineTest.planted(dir);
    refitted =
        new RankingPipeline(RankingPipelineTest.FAST)
            .train(data, new Protocol(TRAIN_UNTIL, VALID_UNTIL, null, false, false), null);
  }

  @Test
  void fitsValidatesAndTestsOnTheGivenPeriodsAndRefitsOnBoth() {
    var training = refitted.model().training();
    assertThat(training.path("fit").path("to").asText()).isEqualTo("2024-06-30");
    assertThat(training.path("validation").path("from").asText()).isEqualTo("2024-07-01");
    assertThat(training.path("validation").path("to").asText()).isEqualTo("2024-08-31");
    assertThat(training.path("test").path("from").asText()).isEqualTo("2024-09-01");
    assertThat(training.path("refit").asBoolean()).isTrue();
    // Refitted: the trees saw every labelled row up to the test period, as many as were chosen.
    assertThat(refitted.model().trainedTo()).isEqualTo(VALID_UNTIL);
    assertThat(refitted.model().forest().size()).isEqualTo(refitted.rounds());
    assertThat(refitted.test().testFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(refitted.test().trainTo()).isEqualTo(VALID_UNTIL);
    assertThat(refitted.validation().testTo()).isEqualTo(VALID_UNTIL);
    assertThat(refitted.test().model().auc()).isGreaterThan(0.75);
  }

  @Test
  void withoutRefitTheTreesAreTheEarlyStoppedOnes() {
    var trained =
        new RankingPipeline(RankingPipelineTest.FAST.withRefit(false))
            .train(data, new Protocol(TRAIN_UNTIL, VALID_UNTIL, null, false, false), null);
    assertThat(trained.model().trainedTo()).isEqualTo(TRAIN_UNTIL);
    assertThat(trained.model().training().path("refit").asBoolean()).isFalse();
    assertThat(trained.model().version()).isNotEqualTo(refitted.model().version());
  }

  @Test
  void theSettingsAreRecordedInTheModelFileAndReadBack() {
    Path file = dir.resolve("m.model");
    refitted.model().save(file);
    RankingModel loaded = RankingModel.load(file);
    TrainingSettings back = TrainingSettings.fromJson(loaded.training().path("settings"));
    assertThat(back.maxDepth()).isEqualTo(4);
    assertThat(back.learningRate()).isEqualTo(0.2);
    assertThat(back.earlyStopping()).isEqualTo(10);
    assertThat(back.rounds()).isEqualTo(200);
    assertThat(loaded.training().path("rounds").asInt()).isEqualTo(refitted.rounds());
  }

  @Test
  void aValidationFileMustComeAfterTheDataAndThenThereIsNoTestPeriod() {
    int cut = firstIndexAfter(VALID_UNTIL);
    Dataset head = new Dataset(data.schema(), data.rows().subList(0, cut), data.report());
    Dataset tail = new Dataset(data.schema(), data.rows().subList(cut, data.size()), data.report());
    var trained =
        new RankingPipeline(RankingPipelineTest.FAST)
            .train(head, new Protocol(null, null, tail, false, false), null);
    assertThat(trained.test()).isNull();
    assertThat(trained.validation().testFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(trained.model().trainedTo()).isEqualTo(trained.validation().testTo());

    assertThatThrownBy(
            () ->
                new RankingPipeline(RankingPipelineTest.FAST)
                    .train(tail, new Protocol(null, null, head, false, false), null))
        .hasMessageContaining("must come after the training rows");
  }

  @Test
  void periodsThatCannotWorkAreRefusedWithTheReason() {
    assertThatThrownBy(() -> new Protocol(VALID_UNTIL, TRAIN_UNTIL, null, false, false))
        .hasMessageContaining("must come after --train-until");
    assertThatThrownBy(
            () ->
                new RankingPipeline(RankingPipelineTest.FAST)
                    .train(
                        data,
                        new Protocol(LocalDate.of(2023, 1, 1), null, null, false, false),
                        null))
        .hasMessageContaining("no rows in the training period");
    // The last day alone validates: no violation there to stop early on, in this planted data.
    LocalDate last = LocalDate.ofEpochDay(data.row(data.size() - 1).day());
    List<Row> lastDay = data.rows().stream().filter(r -> r.day() == last.toEpochDay()).toList();
    List<Row> rows = new ArrayList<>(data.rows().subList(0, data.size() - lastDay.size()));
    lastDay.forEach(r -> rows.add(RankingPipelineTest.relabel(r, 0)));
    Dataset clean = new Dataset(data.schema(), rows, data.report());
    assertThatThrownBy(
            () ->
                new RankingPipeline(RankingPipelineTest.FAST)
                    .train(clean, new Protocol(last.minusDays(1), null, null, false, false), null))
        .hasMessageContaining("no labelled violation to stop early on");
  }

  @Test
  void tuningTriesTheGridOnTheValidationPeriodAndKeepsTheBest() {
    var trained =
        new RankingPipeline(RankingPipelineTest.FAST.withRounds(40))
            .train(data, new Protocol(TRAIN_UNTIL, VALID_UNTIL, null, false, true), null);
    assertThat(trained.tuning()).hasSize(12);
    double best =
        trained.tuning().stream()
            .mapToDouble(t -> t.validation().at(0.05).precision())
            .max()
            .orElseThrow();
    var chosen =
        trained.tuning().stream()
            .filter(t -> t.settings().equals(trained.settings()))
            .findFirst()
            .orElseThrow();
    assertThat(chosen.validation().at(0.05).precision()).isEqualTo(best);
    assertThat(trained.model().training().path("tuned").asBoolean()).isTrue();
    assertThat(trained.model().training().path("settings").path("max_depth").asInt())
        .isEqualTo(trained.settings().maxDepth());
  }

  @Test
  void strictEvaluationNeverLearnsTheEvaluatedLabels() {
    RankingModel model = trainedUntil(VALID_UNTIL);
    int cut = firstIndexAfter(VALID_UNTIL);
    List<Row> later = data.rows().subList(cut, data.size());
    // Every label of the evaluated period inverted: a strict score must not move, while the
    // default evaluation, which learns each day's outcomes for the next, does.
    List<Row> inverted =
        later.stream().map(r -> RankingPipelineTest.relabel(r, 1 - r.label())).toList();
    java.util.Map<String, Integer> truth = new java.util.HashMap<>();
    later.forEach(r -> truth.put(r.id(), r.label()));
    var a = evaluate(model, later, truth, true);
    var b = evaluate(model, inverted, truth, true);
    assertThat(b.model()).isEqualTo(a.model());
    var c = evaluate(model, later, truth, false);
    var d = evaluate(model, inverted, truth, false);
    assertThat(d.model().auc()).isNotEqualTo(c.model().auc());
    // The evaluation names the period the model was trained on.
    assertThat(a.trainTo()).isEqualTo(model.trainedTo());
    assertThat(a.toJson().path("train").path("to").asText()).isEqualTo("2024-08-31");
  }

  @Test
  void scoresEveryLaterRowWithContributionsThatAddUpToItsLogOdds() {
    RankingModel model = trainedUntil(VALID_UNTIL);
    Dataset all = data;
    List<RowScorer.ScoredRow> scored = new ArrayList<>();
    RowScorer.Summary summary = RowScorer.score(model, all, 3, scored::add);
    assertThat(summary.skipped()).isEqualTo(firstIndexAfter(VALID_UNTIL));
    assertThat(summary.scored()).isEqualTo(data.size() - firstIndexAfter(VALID_UNTIL));
    assertThat(scored.get(0).date()).isAfter(VALID_UNTIL);
    assertThat(scored).allSatisfy(s -> assertThat(s.top()).hasSizeLessThanOrEqualTo(3));
    // The planted risky traders T000..T007, on goods not otherwise risky, are explained by the
    // trader's history.
    java.util.Map<String, Row> byId = new java.util.HashMap<>();
    data.rows().forEach(r -> byId.put(r.id(), r));
    var risky =
        scored.stream()
            .filter(s -> byId.get(s.id()).categories()[0].compareTo("T008") < 0)
            .filter(s -> !byId.get(s.id()).categories()[1].startsWith("28"))
            .max(java.util.Comparator.comparingDouble(RowScorer.ScoredRow::probability))
            .orElseThrow();
    assertThat(risky.top().get(0).feature()).startsWith("trader");
    // All contributions together (not only the top three) give the margin of the probability.
    var encoder = model.encoder();
    encoder.hideLabelsFrom(Integer.MIN_VALUE);
    int width = model.features().size();
    for (int i = firstIndexAfter(VALID_UNTIL); i < firstIndexAfter(VALID_UNTIL) + 50; i++) {
      float[] x = encoder.encode(data.row(i));
      double[] c = model.forest().contributions(x, width);
      double p = model.forest().probability(x);
      assertThat(java.util.Arrays.stream(c).sum())
          .isCloseTo(Math.log(p / (1 - p)), org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  private static WindowResult evaluate(
      RankingModel model, List<Row> rows, java.util.Map<String, Integer> truth, boolean strict) {
    return RankingPipeline.evaluate(
        model,
        new Dataset(data.schema(), rows, data.report()),
        truth,
        new java.util.HashMap<>(),
        strict);
  }

  /** A model whose data ends on {@code day}: trained on the rows up to it only. */
  private static RankingModel trainedUntil(LocalDate day) {
    Dataset head =
        new Dataset(data.schema(), data.rows().subList(0, firstIndexAfter(day)), data.report());
    return new RankingPipeline(RankingPipelineTest.FAST)
        .train(head, new Protocol(TRAIN_UNTIL, null, null, false, false), null)
        .model();
  }

  private static int firstIndexAfter(LocalDate day) {
    int i = 0;
    while (i < data.size() && data.row(i).day() <= day.toEpochDay()) {
      i++;
    }
    return i;
  }
}
