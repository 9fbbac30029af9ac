package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code assay ml} on a CSV of another agency's shape: explicit periods, scores, strict evaluation,
 * and the usability fixes of the issue. Quick trees (the options say so): the tests assert
 * behaviour, not accuracy.
 */
class MlCommandTest {
  static final String SCHEMA =
      """
      name: planted
      columns:
        - {name: ref, role: id}
        - {name: when, role: date, format: dd/MM/yyyy}
        - {name: trader, role: categorical}
        - {name: code, role: categorical, hierarchy: [2], pad: 4}
        - {name: amount, role: numeric}
        - {name: flag, role: label, positive: [Y], negative: [N]}
      """;

  static final String[] QUICK = {
    "--learning-rate", "0.3", "--depth", "3", "--patience", "5", "--rounds", "60"
  };

  @TempDir static Path dir;
  static Path schema;
  static Path history;
  static Path later;
  static Path model;

  @BeforeAll
  static void plant() throws Exception {
    schema = dir.resolve("schema.yaml");
    Files.writeString(schema, SCHEMA);
    history = dir.resolve("history.csv");
    later = dir.resolve("later.csv");
    Files.writeString(history, rows(0, 120));
    Files.writeString(later, rows(120, 150));
    model = dir.resolve("m.model");
    CommandRun run =
        CommandRun.of(
            concat(
                new String[] {
                  "ml",
                  "train",
                  "--data",
                  history.toString(),
                  "--schema",
                  schema.toString(),
                  "--train-until",
                  "2024-03-31",
                  "--valid-until",
                  "2024-04-15",
                  "--out",
                  model.toString(),
                  "--json",
                  dir.resolve("train.json").toString()
                },
                QUICK));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** 25 rows a day; traders T00..T04 violate often, 301 (written without its zero) sometimes. */
  static String rows(int fromDay, int toDay) {
    Random r = new Random(fromDay);
    StringBuilder b = new StringBuilder("ref,when,trader,code,amount,flag\n");
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int d = fromDay; d < toDay; d++) {
      for (int i = 0; i < 25; i++) {
        int trader = r.nextInt(60);
        String code = r.nextInt(5) == 0 ? "301" : "8" + (100 + r.nextInt(3));
        double p = trader < 5 ? 0.5 : code.equals("301") ? 0.1 : 0.01;
        LocalDate day = start.plusDays(d);
        b.append(
            String.format(
                Locale.ROOT,
                "R%d-%d,%02d/%02d/%d,T%02d,%s,%d,%s%n",
                d,
                i,
                day.getDayOfMonth(),
                day.getMonthValue(),
                day.getYear(),
                trader,
                code,
                100 + r.nextInt(900),
                r.nextDouble() < p ? "Y" : "N"));
      }
    }
    return b.toString();
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void trainRecordsThePeriodsAndTheSettings() throws Exception {
    JsonNode json = new ObjectMapper().readTree(dir.resolve("train.json").toFile());
    assertThat(json.at("/training/fit/to").asText()).isEqualTo("2024-03-31");
    assertThat(json.at("/training/validation/to").asText()).isEqualTo("2024-04-15");
    assertThat(json.at("/training/test/from").asText()).isEqualTo("2024-04-16");
    assertThat(json.at("/training/settings/learning_rate").asDouble()).isEqualTo(0.3);
    assertThat(json.at("/training/settings/max_depth").asInt()).isEqualTo(3);
    assertThat(json.at("/training/refit").asBoolean()).isTrue();
    assertThat(json.at("/test/train/to").asText()).isEqualTo("2024-04-15");
    assertThat(json.at("/validation/model/auc").asDouble()).isGreaterThan(0.6);
  }

  @Test
  void scoreWritesIdDateProbabilityAndTheTopFeatures() throws Exception {
    Path out = dir.resolve("scores.csv");
    CommandRun run =
        CommandRun.of(
            "ml",
            "score",
            "--model",
            model.toString(),
            "--data",
            later.toString(),
            "--out",
            out.toString(),
            "--top",
            "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .isEqualTo("id,date,probability,feature_1,contribution_1,feature_2,contribution_2");
    assertThat(lines).hasSize(1 + 30 * 25);
    assertThat(lines.get(1)).startsWith("R120-0,2024-04-30,");
    assertThat(run.err()).contains("scored 750 rows");
    // Scoring the training file itself: every row is on or before the model's end, so none.
    CommandRun none =
        CommandRun.of(
            "ml",
            "score",
            "--model",
            model.toString(),
            "--data",
            history.toString(),
            "--out",
            dir.resolve("none.csv").toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(none.err()).contains("no rows after the model's data ends (2024-04-29)");
  }

  @Test
  void strictEvaluationNamesTheModelsTrainingPeriod() throws Exception {
    Path json = dir.resolve("eval.json");
    CommandRun run =
        CommandRun.of(
            "ml",
            "evaluate",
            "--model",
            model.toString(),
            "--data",
            later.toString(),
            "--strict",
            "--json",
            json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode node = new ObjectMapper().readTree(json.toFile());
    assertThat(node.at("/strict").asBoolean()).isTrue();
    assertThat(node.at("/model_training_period/to").asText()).isEqualTo("2024-04-15");
    assertThat(node.at("/windows/0/name").asText()).isEqualTo("strict");
    assertThat(node.at("/windows/0/train/to").asText()).isEqualTo("2024-04-15");
  }

  @Test
  void aSchemaGivenWithAModelMustBeTheModelsOwn() throws Exception {
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, SCHEMA.replace("dd/MM/yyyy", "MM/dd/yyyy"));
    CommandRun run =
        CommandRun.of(
            "ml",
            "evaluate",
            "--model",
            model.toString(),
            "--data",
            later.toString(),
            "--schema",
            other.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .contains("is not the schema model")
        .contains("column when: date format MM/dd/yyyy against date format dd/MM/yyyy");
    // Its own schema is accepted.
    CommandRun same =
        CommandRun.of(
            "ml",
            "evaluate",
            "--model",
            model.toString(),
            "--data",
            later.toString(),
            "--schema",
            schema.toString());
    assertThat(same.exitCode()).as(same.err()).isZero();
  }

  @Test
  void screeningWithAModelOfAnotherSchemaIsTheUsersMistakeNotABug() {
    CommandRun run =
        CommandRun.of("screen", "../examples/declarations.csv", "-q", "--model", model.toString());
    assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.USAGE, ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("--model " + model).doesNotContain("internal error");
  }

  @Test
  void randomRatesOutOfRangeAreUsageErrorsNamingTheOption() {
    for (String rate : List.of("RED=2", "BLUE=-0.1", "YELLOW=NaN")) {
      CommandRun run =
          CommandRun.of("screen", "../examples/declarations.csv", "-q", "--random-rate", rate);
      assertThat(run.exitCode()).as(rate + ": " + run.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("--random-rate").contains("not between 0 and 1");
    }
  }

  @Test
  void aCsvOfAnotherShapeWithoutSchemaIsPointedAtSchema() {
    CommandRun run =
        CommandRun.of(
            "ml", "train", "--data", history.toString(), "--out", dir.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .contains("is not Assay's declaration contract (its header lacks declaration_id")
        .contains("--schema FILE");
  }

  @Test
  void theHelpListsTheModelsOptionsAndOnlyNamesTheScreeningOnes() {
    for (String command : List.of("train", "evaluate", "score")) {
      CommandRun run = CommandRun.of("ml", command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("--data", "--schema", "assay help screen")
          .doesNotContain("--licenses=", "--red-share", "--rules=");
    }
    assertThat(CommandRun.of("ml", "train", "--help").out())
        .contains("--train-until", "--valid-until", "--no-refit", "--tune", "--learning-rate");
  }

  @Test
  void badTreeSettingsAreRefusedWithTheReason() {
    CommandRun run =
        CommandRun.of(
            "ml",
            "train",
            "--data",
            history.toString(),
            "--schema",
            schema.toString(),
            "--out",
            dir.resolve("y").toString(),
            "--subsample",
            "1.5");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("subsample must be in (0, 1], got 1.5");
  }
}
