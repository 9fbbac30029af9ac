package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateAndBacktestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER =
      "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,"
          + "consignee_country,consignee_address,end_user_name,end_user_country,destination_country,"
          + "transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,"
          + "quantity,unit,net_weight_kg,value_usd,license_no,outcome,typology\n";
  private static final String EXPORTER =
      dev.assay.declaration.UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345").value();
  private static final String NO_RANDOM = "RED=0,YELLOW=0,BLUE=0";

  @TempDir Path dir;

  private static String row(
      String id,
      String date,
      String office,
      String dest,
      String hs,
      String description,
      String value,
      String outcome,
      String typology) {
    return String.join(
            ",",
            id,
            "1",
            date,
            office,
            EXPORTER,
            "Hunan Example Metals Co Ltd",
            "Buyer Ltd",
            dest,
            "1 Main St",
            "Buyer Ltd",
            dest,
            dest,
            "",
            "SEA",
            "1",
            "1050",
            hs,
            description,
            "1000",
            "KG",
            "1000",
            value,
            "",
            outcome,
            typology)
        + "\n";
  }

  /**
   * 20 declarations: two violations the engine finds (antimony to the US, score 0.91; unlicensed
   * APT, 0.7), one it cannot see (shoes hiding goods), one clean declaration it flags (unlicensed
   * APT at another office, 0.7), and 16 clean shoes.
   */
  private Path labelled() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    csv.append(
        row(
            "D01",
            "2025-03-01",
            "5300",
            "DE",
            "2841801000",
            "APT",
            "10000",
            "VIOLATION",
            "unlicensed_export"));
    csv.append(
        row(
            "D02",
            "2025-03-01",
            "5300",
            "US",
            "8110101000",
            "antimony ingots",
            "30000",
            "VIOLATION",
            "prohibited"));
    csv.append(row("D03", "2025-03-01", "2200", "DE", "2841801000", "APT", "5000", "CLEAN", ""));
    csv.append(
        row(
            "D04",
            "2025-03-01",
            "5300",
            "DE",
            "6403990000",
            "shoes",
            "60000",
            "VIOLATION",
            "hidden_goods"));
    for (int i = 5; i <= 20; i++) {
      csv.append(
          row(
              String.format("D%02d", i),
              "2025-03-01",
              "5300",
              "DE",
              "6403990000",
              "shoes",
              "1000",
              "CLEAN",
              ""));
    }
    Path file = dir.resolve("labelled.csv");
    Files.writeString(file, csv);
    return file;
  }

  @Test
  void evaluate_ranks_by_score_and_reports_the_known_answers() throws IOException {
    Path json = dir.resolve("eval.json");

    CommandRun run =
        CommandRun.of(
            "evaluate",
            labelled().toString(),
            "--json",
            json.toString(),
            "--random-rate",
            NO_RANDOM);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(json.toFile());
    assertThat(r.get("declarations").asLong()).isEqualTo(20);
    assertThat(r.get("violations").asLong()).isEqualTo(3);
    JsonNode at1 = r.get("at_rates").get(0);
    // 1% of 20 rounds up to one inspection: the antimony (highest score)
    assertThat(at1.get("inspected").asLong()).isEqualTo(1);
    assertThat(at1.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(at1.get("recall").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(at1.get("seized_value_share").asDouble()).isCloseTo(0.3, within(1e-9));
    JsonNode at10 = r.get("at_rates").get(3);
    // 10%: two inspections; the second falls inside the tie of D01 (a violation) and D03 (clean)
    // at the same score, which the fixed pseudo-random order gives to D03, where the file's order
    // would have given it to D01
    assertThat(at10.get("inspected").asLong()).isEqualTo(2);
    assertThat(at10.get("found").asLong()).isEqualTo(1);
    assertThat(at10.get("seized_value_share").asDouble()).isCloseTo(0.3, within(1e-9));
    assertThat(at10.get("by_typology").get("hidden_goods").get("recall").asDouble()).isZero();
    JsonNode unlicensed = detector(r, "UNLICENSED_CONTROLLED_EXPORT");
    assertThat(unlicensed.get("fired").asLong()).isEqualTo(3);
    assertThat(unlicensed.get("precision").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(unlicensed.get("recall").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
    // D03 is clean and alone at its office: RED by score; one of 17 clean declarations
    assertThat(r.get("clean_red_by_score").asDouble()).isCloseTo(1 / 17.0, within(1e-9));
    assertThat(r.get("random_red").asDouble()).isZero();
    assertThat(run.out())
        .contains("Inspecting the highest scores", "hidden_goods", "UNLICENSED_CONTROLLED_EXPORT");
  }

  private static JsonNode detector(JsonNode report, String code) {
    for (JsonNode d : report.get("detectors")) {
      if (d.get("code").asText().equals(code)) {
        return d;
      }
    }
    throw new AssertionError("no detector " + code + " in " + report);
  }

  @Test
  void a_truth_file_wins_over_the_label_columns() throws IOException {
    Path truth = dir.resolve("truth.csv");
    StringBuilder t = new StringBuilder("declaration_id,outcome,typology\n");
    for (int i = 1; i <= 20; i++) {
      t.append(String.format("D%02d,%s,%n", i, i == 3 ? "VIOLATION" : "CLEAN"));
    }
    Files.writeString(truth, t);
    Path json = dir.resolve("eval.json");

    CommandRun run =
        CommandRun.of(
            "evaluate",
            labelled().toString(),
            "--truth",
            truth.toString(),
            "--json",
            json.toString(),
            "--random-rate",
            NO_RANDOM);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(json.toFile());
    assertThat(r.get("violations").asLong()).isEqualTo(1);
    assertThat(r.get("at_rates").get(3).get("by_typology").has("unspecified")).isTrue();
  }

  @Test
  void evaluate_refuses_a_file_without_labels() throws IOException {
    Path file = dir.resolve("unlabelled.csv");
    Files.writeString(
        file,
        HEADER.replace(",outcome,typology", "")
            + row("D01", "2025-03-01", "5300", "DE", "6403990000", "shoes", "1000", "", "")
                .replace(",,\n", "\n"));

    CommandRun run = CommandRun.of("evaluate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("no labelled declaration", "--truth");
  }

  @Test
  void backtest_finds_the_declarations_a_measure_would_catch_after_its_effective_date()
      throws IOException {
    // APT (2841801000) came under control on 2025-02-04 (MOFCOM-GAC 2025 No. 10)
    Path file = dir.resolve("past.csv");
    Files.writeString(
        file,
        HEADER
            + row(
                "P01",
                "2024-06-03",
                "5300",
                "DE",
                "2841801000",
                "APT",
                "10000",
                "VIOLATION",
                "unlicensed_export")
            + row("P02", "2024-06-03", "2200", "DE", "6403990000", "shoes", "1000", "CLEAN", ""));
    Path json = dir.resolve("bt.json");

    CommandRun run =
        CommandRun.of(
            "backtest",
            file.toString(),
            "--b-as-of",
            "2025-03-01",
            "--random-rate",
            NO_RANDOM,
            "--json",
            json.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(json.toFile());
    assertThat(r.get("newly_red").asLong()).isEqualTo(1);
    assertThat(r.get("cleared").asLong()).isZero();
    assertThat(r.get("newly_red_listed").get(0).get("declaration_id").asText()).isEqualTo("P01");
    assertThat(r.get("a").get("lanes").get("RED").asLong()).isZero();
    assertThat(r.get("b").get("lanes").get("RED").asLong()).isEqualTo(1);
    assertThat(r.get("a").get("violations_found").asLong()).isZero();
    assertThat(r.get("b").get("violations_found").asLong()).isEqualTo(1);
    assertThat(r.get("b").get("offices").get("5300").get("RED").asLong()).isEqualTo(1);
    assertThat(run.out()).contains("Newly RED under B: 1", "P01", "as of 2025-03-01");
  }

  @Test
  void backtest_of_the_same_date_changes_nothing() throws IOException {
    Path json = dir.resolve("bt.json");

    CommandRun run =
        CommandRun.of(
            "backtest",
            labelled().toString(),
            "--b-as-of",
            "2025-03-01",
            "--json",
            json.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(json.toFile());
    assertThat(r.get("newly_red").asLong()).isZero();
    assertThat(r.get("cleared").asLong()).isZero();
  }

  @Test
  void backtest_of_a_new_rule_set_shows_what_the_rule_would_send_to_inspection()
      throws IOException {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(
        rules,
        """
        rules:
          - id: dear-shoes
            description: shoes declared far above what shoes fetch
            expression: "lines.exists(l, l.hs_code.startsWith('6403') && l.value_usd > 50000.0)"
            finding: VALUE_ANOMALY
            severity: CRITICAL
            basis: "ASSUMPTION: test rule"
        """);
    Path json = dir.resolve("bt.json");

    CommandRun run =
        CommandRun.of(
            "backtest",
            labelled().toString(),
            "--b-rules",
            rules.toString(),
            // office 5300's places for the day would otherwise be taken by D01 and D02
            "--red-share",
            "1",
            "--random-rate",
            NO_RANDOM,
            "--json",
            json.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(json.toFile());
    assertThat(r.get("newly_red").asLong()).isEqualTo(1);
    assertThat(r.get("newly_red_listed").get(0).get("declaration_id").asText()).isEqualTo("D04");
    assertThat(r.get("b").get("violations_found").asLong())
        .isEqualTo(r.get("a").get("violations_found").asLong() + 1);
    assertThat(run.out()).contains("rules " + rules);
  }
}
