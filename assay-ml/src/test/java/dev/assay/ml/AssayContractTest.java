package dev.assay.ml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.ingest.DeclarationCsvWriter;
import dev.assay.ingest.Format;
import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.DeclarationRows;
import dev.assay.ml.evaluation.WindowResult;
import dev.assay.ml.model.LearnedRiskModel;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.risk.Assessment;
import dev.assay.risk.RiskModel;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assay's own declarations: findings as features, the model beside the rules, inside screening. */
class AssayContractTest {
  @TempDir static Path dir;
  static Path file;
  static RankingPipeline.Trained trained;

  @BeforeAll
  static void trainOnSimulatedDeclarations() throws Exception {
    file = dir.resolve("declarations.csv");
    try (DeclarationCsvWriter csv = DeclarationCsvWriter.open(file, true)) {
      new Simulator(SimulationSettings.defaults().withDeclarations(30_000).withSeed(13))
          .run(d -> csv.write(d.declaration()), license -> {});
    }
    Dataset data =
        DeclarationRows.read(
            file,
            Format.CSV,
            Screener.standard(ControlList.bundled(), Optional.empty()),
            DatasetSchema.assayContract());
    trained = new RankingPipeline(TrainingSettings.defaults()).train(data);
  }

  @Test
  void theModelRanksALaterPeriodBetterThanTheRuleScore() {
    WindowResult test = trained.test();
    assertThat(test.model().at(0.05).precision())
        .isGreaterThan(test.baseline().at(0.05).precision());
    assertThat(test.model().auc()).isGreaterThan(test.baseline().auc());
  }

  @Test
  void screeningBlendsTheModelAndRecordsItsVersion() {
    Scoring scoring = Scoring.bundled();
    RiskModel model = new LearnedRiskModel(trained.model(), scoring);
    ControlList list = ControlList.bundled();
    Screener plain = Screener.standard(list, Optional.empty());
    Screener blended =
        new Screener(
            list,
            Screener.standardDetectors(list),
            scoring,
            Optional.empty(),
            Optional.of(model),
            Optional.empty());
    List<Assessment> withModel = new ArrayList<>();
    List<Assessment> without = new ArrayList<>();
    dev.assay.ingest.DeclarationReader.read(
        file,
        Format.CSV,
        new dev.assay.ingest.IngestListener() {
          @Override
          public void accepted(dev.assay.declaration.Declaration d) {
            if (withModel.size() < 2_000) {
              withModel.add(blended.screen(d));
              without.add(plain.screen(d));
            }
          }

          @Override
          public void rejected(dev.assay.ingest.RecordError error) {}
        });
    assertThat(withModel)
        .allSatisfy(a -> assertThat(a.model().map(m -> m.version())).contains(model.version()));
    assertThat(without).allSatisfy(a -> assertThat(a.model()).isEmpty());
    for (int i = 0; i < withModel.size(); i++) {
      assertThat(withModel.get(i).score()).isGreaterThanOrEqualTo(without.get(i).score());
    }
    assertThat(withModel).anySatisfy(a -> assertThat(a.score()).isGreaterThan(0.3));
  }
}
