package dev.assay.ml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.ml.data.CsvDatasetReader;
import dev.assay.ml.data.Dataset;
import dev.assay.ml.evaluation.WindowResult;
import dev.assay.ml.features.FeatureEncoder;
import dev.assay.ml.model.RankingModel;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.schema.DatasetSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a CSV that looks nothing like Assay's contract: other names, a date
 * pattern, Y/N labels, a revenue column. Violations are planted where a model can learn them (a few
 * traders, undervalued goods of one chapter), so a model that learns nothing fails.
 */
class RankingPipelineTest {
  static final String SCHEMA =
      """
      name: planted
      columns:
        - {name: ref, role: id}
        - {name: when, role: date, format: yyyyMMdd}
        - {name: trader, role: categorical}
        - {name: code, role: categorical, hierarchy: [2, 4]}
        - {name: amount, role: numeric}
        - {name: kg, role: numeric}
        - {name: goods, role: text}
        - {name: flag, role: label, positive: [Y], negative: [N]}
        - {name: recovered, role: value}
      combinations:
        - [trader, "code:2"]
      ratios:
        - {name: amount_per_kg, numerator: amount, denominator: kg, within: "code:4"}
      """;

  @TempDir static Path dir;
  static Dataset data;

  /** Quick trees for tests: they assert behaviour, which does not need the slower defaults. */
  static final TrainingSettings FAST =
      TrainingSettings.defaults()
          .withTrees(4, 0.2, 1, 0.8, 0.8)
          .withEarlyStopping(10)
          .withRounds(200);

  @BeforeAll
  static void plant() throws IOException {
    data = planted(dir);
  }

  static Dataset planted(Path dir) throws IOException {
    Random r = new Random(3);
    StringBuilder csv = new StringBuilder("ref,when,trader,code,amount,kg,goods,flag,recovered\n");
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 12_000; i++) {
      LocalDate day = start.plusDays(i / 40);
      int trader = r.nextInt(300);
      String code = (r.nextInt(10) < 2 ? "28" : "8" + r.nextInt(5)) + (10 + r.nextInt(3)) + "00";
      double kg = 100 + r.nextInt(900);
      double price = code.startsWith("28") ? 50 : 10;
      boolean under = code.startsWith("28") && r.nextDouble() < 0.08;
      double p = trader < 8 ? 0.35 : under ? 0.6 : 0.01;
      boolean violation = r.nextDouble() < p;
      double amount = kg * price * (under ? 0.2 : 1) * (0.8 + 0.4 * r.nextDouble());
      csv.append(
          String.format(
              Locale.ROOT,
              "R%d,%s,T%03d,%s,%.2f,%.0f,%s,%s,%s%n",
              i,
              day.toString().replace("-", ""),
              trader,
              code,
              amount,
              kg,
              code.startsWith("28") ? "\"oxide, powder\"" : "parts",
              violation ? "Y" : "N",
              violation ? String.format(Locale.ROOT, "%.0f", amount * 0.3) : ""));
    }
    Path file = dir.resolve("planted.csv");
    Files.writeString(file, csv);
    return CsvDatasetReader.read(file, DatasetSchema.parse(SCHEMA));
  }

  @Test
  void learnsThePlantedRiskAndJudgesItOnALaterPeriod() {
    RankingPipeline.Trained trained = new RankingPipeline(FAST).train(data);
    WindowResult test = trained.test();
    assertThat(test.testFrom()).isAfter(trained.model().trainedTo());
    double baseRate = (double) test.model().positives() / test.model().rows();
    assertThat(test.model().auc()).isGreaterThan(0.75);
    assertThat(test.model().at(0.05).precision()).isGreaterThan(3 * baseRate);
    assertThat(test.model().at(0.05).revenueShare()).isGreaterThan(0.15);
    assertThat(test.baseline()).isNull();
  }

  @Test
  void theSameDataAndSeedGiveTheSameModel() {
    var pipeline = new RankingPipeline(FAST);
    assertThat(pipeline.train(data).model().version())
        .isEqualTo(pipeline.train(data).model().version());
  }

  @Test
  void aSavedModelScoresAsTheTrainedOneAndCarriesItsHistory() {
    RankingModel model = new RankingPipeline(FAST).train(data).model();
    Path file = dir.resolve("planted.model");
    model.save(file);
    RankingModel loaded = RankingModel.load(file);
    assertThat(loaded.version()).isEqualTo(model.version());
    assertThat(loaded.features()).isEqualTo(model.features());
    assertThat(loaded.trainedTo()).isEqualTo(model.trainedTo());
    assertThat(loaded.metrics().path("test").path("model").path("auc").asDouble())
        .isGreaterThan(0.75);
    FeatureEncoder a = model.encoder();
    FeatureEncoder b = loaded.encoder();
    for (int i = 0; i < 50; i++) {
      var row = data.row(data.size() - 1);
      assertThat(loaded.forest().probability(b.encode(row)))
          .isEqualTo(model.forest().probability(a.encode(row)));
    }
  }

  @Test
  void backtestsRollingWindowsEachAfterItsTraining() {
    List<WindowResult> windows = new RankingPipeline(FAST).backtest(data, 3);
    assertThat(windows).hasSize(3);
    for (int w = 0; w < windows.size(); w++) {
      assertThat(windows.get(w).testFrom()).isAfter(windows.get(w).trainTo());
      if (w > 0) {
        assertThat(windows.get(w).testFrom()).isAfter(windows.get(w - 1).testTo());
      }
    }
  }

  @Test
  void aSavedModelJudgesLaterRowsAndReportsCategoriesItNeverSaw() {
    RankingModel model = new RankingPipeline(FAST).train(data).model();
    int later = data.row(data.size() - 1).day() + 1;
    java.util.List<dev.assay.ml.data.Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean risky = i % 10 == 0;
      rows.add(
          new dev.assay.ml.data.Row(
              i,
              "L" + i,
              later + i / 20,
              risky ? 1 : 0,
              Double.NaN,
              new String[] {risky ? "T001" : i == 5 ? "T-NEW" : "T2" + (i % 90 + 10), "821000"},
              new double[] {5000, 500},
              new String[] {"parts"}));
    }
    // T001..T007 are the planted risky traders: their history must carry into later rows.
    java.util.Map<String, Long> unseen = new java.util.LinkedHashMap<>();
    WindowResult later1 =
        RankingPipeline.evaluate(
            model, new Dataset(data.schema(), rows, data.report()), null, unseen);
    assertThat(later1.testFrom()).isEqualTo(LocalDate.ofEpochDay(later));
    assertThat(later1.model().at(0.10).precision()).isGreaterThan(0.5);
    assertThat(unseen).containsEntry("trader", 1L).doesNotContainKey("code");
  }

  static dev.assay.ml.data.Row relabel(dev.assay.ml.data.Row r, int label) {
    return new dev.assay.ml.data.Row(
        r.line(), r.id(), r.day(), label, r.value(), r.categories(), r.numbers(), r.texts());
  }
}
