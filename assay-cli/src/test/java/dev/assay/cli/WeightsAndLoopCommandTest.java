package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsAndLoopCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void weights_without_a_file_are_the_shipped_priors_with_their_interval() {
    CommandRun run = CommandRun.of("weights");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("CONCEALMENT/HIGH\\s+0\\.700\\s+0\\s+0");
    assertThat(run.out()).contains("Legal certainties").contains("LICENSE_VIOLATION");
  }

  @Test
  void a_bad_weights_file_is_refused_naming_it() throws Exception {
    Path bad = dir.resolve("w.json");
    Files.writeString(bad, "{\"format\":\"nope\"}");
    CommandRun run = CommandRun.of("weights", bad.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("w.json").contains("format");
  }

  @Test
  void the_loop_learns_only_from_inspections_and_hands_its_weights_to_screen() throws Exception {
    Path data = dir.resolve("d.csv");
    assertThat(
            CommandRun.of(
                    "generate",
                    "-n",
                    "6000",
                    "--seed",
                    "3",
                    "-o",
                    data.toString(),
                    "-q",
                    "--violation-rate",
                    "0.05")
                .exitCode())
        .isZero();
    Path weights = dir.resolve("weights.json");
    Path report = dir.resolve("loop.json");
    Path scores = dir.resolve("scores.csv");
    CommandRun loop =
        CommandRun.of(
            "evaluate",
            data.toString(),
            "--loop",
            "--outcome-delay",
            "10",
            "--weights-out",
            weights.toString(),
            "--json",
            report.toString(),
            "--scores-out",
            scores.toString());
    assertThat(loop.exitCode()).as(loop.err()).isZero();
    assertThat(loop.out())
        .contains("Period 1 (cold start)")
        .contains("Period 2")
        .contains("Worst typology at 5%");
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.path("inspections").asLong()).isPositive();
    assertThat(json.path("period_1").path("declarations").asLong()).isPositive();
    assertThat(json.path("period_2").path("worst_typology").asText()).isNotEmpty();
    // only inspected declarations gave outcomes: far fewer than were screened in period 1
    assertThat(json.path("outcomes_learned_in_period_1").asLong())
        .isPositive()
        .isLessThan(json.path("period_1").path("declarations").asLong() / 5);
    // one row per labelled declaration of both periods, soft evidence down to its sub-signal
    java.util.List<String> lines = Files.readAllLines(scores);
    assertThat(lines.get(0)).startsWith("declaration_id,period,score,lane");
    assertThat(lines.size() - 1L)
        .isEqualTo(
            json.path("period_1").path("declarations").asLong()
                + json.path("period_2").path("declarations").asLong());
    assertThat(lines).anyMatch(l -> l.matches(".*,[A-Z_]+/[A-Z]+/[a-z_+]+.*"));

    CommandRun shown = CommandRun.of("weights", weights.toString(), "--json");
    assertThat(shown.exitCode()).isZero();
    JsonNode rows = JSON.readTree(shown.out());
    long outcomes = 0;
    for (JsonNode row : rows) {
      outcomes += row.path("inspections").asLong();
      assertThat(row.path("low").asDouble()).isLessThanOrEqualTo(row.path("mean").asDouble());
      assertThat(row.path("high").asDouble()).isGreaterThanOrEqualTo(row.path("mean").asDouble());
    }
    assertThat(outcomes).isPositive();

    // near miss: the loop's outputs without --loop are refused, not silently ignored
    CommandRun noLoop =
        CommandRun.of("evaluate", data.toString(), "--scores-out", dir.resolve("x.csv").toString());
    assertThat(noLoop.exitCode()).isEqualTo(2);
    assertThat(noLoop.err()).contains("need --loop");
    CommandRun both =
        CommandRun.of(
            "evaluate", data.toString(), "--loop", "--no-loop-model", "--loop-model-always");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("exclude each other");

    // the gate's decision is in the report, with the estimate it rests on
    JsonNode gate = json.path("model_gate");
    assertThat(gate.path("rows").asInt()).isPositive();
    assertThat(gate.path("lower_bound").isNumber()).isTrue();
    // the diagnostic: the model ranks period 2 whatever the gate said
    Path forced = dir.resolve("forced.json");
    CommandRun always =
        CommandRun.of(
            "evaluate",
            data.toString(),
            "--loop",
            "--loop-model-always",
            "--json",
            forced.toString());
    assertThat(always.exitCode()).as(always.err()).isZero();
    String model = JSON.readTree(forced.toFile()).path("model").asText();
    assertThat(
            model.contains("used all the same") || model.contains("the model ranks soft evidence"))
        .as(model)
        .isTrue();

    Path out = dir.resolve("a.jsonl");
    CommandRun screen =
        CommandRun.of(
            "screen", data.toString(), "--weights", weights.toString(), "-o", out.toString());
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    assertThat(Files.readString(out)).contains("\"lane\"");
  }
}
