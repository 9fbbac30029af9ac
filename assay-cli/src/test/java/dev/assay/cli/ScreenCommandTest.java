package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER =
      "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,"
          + "consignee_country,consignee_address,end_user_name,end_user_country,destination_country,"
          + "transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,"
          + "quantity,unit,net_weight_kg,value_usd,license_no\n";
  // A valid unified social credit code (check character per GB 32100-2015).
  private static final String EXPORTER =
      dev.assay.declaration.UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345").value();

  @TempDir Path dir;

  private static String row(
      String id, String date, String dest, String hs, String description, String license) {
    return String.join(
            ",",
            id,
            "1",
            date,
            "5300",
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
            "25000",
            license)
        + "\n";
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void screens_the_shipped_examples_without_rejects() throws IOException {
    Path out = dir.resolve("assessments.jsonl");

    CommandRun run =
        CommandRun.of("screen", "../examples/declarations.csv", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> assessments = lines(out);
    assertThat(assessments).isNotEmpty();
    assertThat(run.err())
        .contains("Screened " + assessments.size() + " declarations", "Lanes:", "Findings:");
    for (JsonNode a : assessments) {
      assertThat(a.fieldNames())
          .toIterable()
          .containsExactly("declaration_id", "score", "lane", "findings", "selection");
      assertThat(a.get("score").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(assessments).anySatisfy(a -> assertThat(a.get("findings")).isNotEmpty());
  }

  @Test
  void an_unlicensed_antimony_shipment_to_the_us_in_january_2025_is_a_presumption_of_denial()
      throws IOException {
    Path in = dir.resolve("d.csv");
    Files.writeString(
        in, HEADER + row("D1", "2025-01-10", "US", "8110101000", "antimony ingots", ""));
    Path out = dir.resolve("out.jsonl");

    CommandRun run = CommandRun.of("screen", in.toString(), "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = lines(out).getFirst();
    assertThat(a.get("lane").asText()).isEqualTo("RED");
    List<String> codes = new ArrayList<>();
    a.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    assertThat(codes)
        .containsExactlyInAnyOrder("PROHIBITED_EXPORT", "UNLICENSED_CONTROLLED_EXPORT");
    a.get("findings")
        .forEach(
            f -> {
              assertThat(f.get("line_no").asInt()).isEqualTo(1);
              assertThat(f.get("basis").asText()).isNotBlank();
              assertThat(f.get("evidence").get("hs_code").asText()).isEqualTo("8110101000");
            });
    assertThat(a.get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("code").asText()).isEqualTo("PROHIBITED_EXPORT");
              assertThat(f.get("basis").asText()).isEqualTo("MOFCOM 2024 No. 46, clause 2");
            });
    assertThat(a.get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("code").asText()).isEqualTo("UNLICENSED_CONTROLLED_EXPORT");
              assertThat(f.get("basis").asText()).isEqualTo("MOFCOM-GAC 2024 No. 33");
            });
  }

  @Test
  void as_of_asks_the_same_question_on_another_date() throws IOException {
    Path in = dir.resolve("d.csv");
    Files.writeString(
        in, HEADER + row("D1", "2025-01-10", "US", "8110101000", "antimony ingots", "25SB000001"));
    Path out = dir.resolve("out.jsonl");

    CommandRun run =
        CommandRun.of("screen", in.toString(), "-o", out.toString(), "--as-of", "2025-12-01");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = lines(out).getFirst();
    assertThat(a.get("findings")).isEmpty();
    assertThat(a.get("lane").asText()).isEqualTo("GREEN");
    assertThat(run.err()).contains("as of 2025-12-01");
  }

  @Test
  void bad_records_are_reported_and_the_good_ones_still_screened() throws IOException {
    Path in = dir.resolve("d.csv");
    Files.writeString(
        in,
        HEADER
            + row("D1", "2025-03-01", "DE", "6403990000", "leather shoes", "")
            + row("D2", "2025-03-01", "DE", "81129", "gallium", "")
            + row("D3", "2025-03-01", "XX", "6403990000", "shoes", "")
            + row("D4", "2025-03-01", "JP", "8112929010", "gallium metal", ""));
    Path out = dir.resolve("out.jsonl");
    Path rejects = dir.resolve("rejects.jsonl");

    CommandRun run =
        CommandRun.of(
            "screen", in.toString(), "-o", out.toString(), "--rejects", rejects.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(lines(out))
        .extracting(a -> a.get("declaration_id").asText())
        .containsExactly("D1", "D4");
    assertThat(run.err()).contains("line 3").contains("hs_code").contains("81129");
    assertThat(run.err()).contains("line 4").contains("XX");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    List<JsonNode> rejected = lines(rejects);
    assertThat(rejected).extracting(r -> r.get("declaration_id").asText()).contains("D2", "D3");
  }

  @Test
  void screening_on_the_second_core_keeps_file_order_and_loses_nothing() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    List<String> expected = new ArrayList<>();
    List<String> rejectedIds = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      boolean bad = i % 101 == 7;
      text.append(row("D" + i, "2025-03-01", bad ? "XX" : "DE", "6403990000", "leather shoes", ""));
      if (bad) {
        rejectedIds.add("D" + i);
      } else {
        expected.add("D" + i);
      }
    }
    Path in = dir.resolve("many.csv");
    Files.writeString(in, text);
    Path out = dir.resolve("many.jsonl");
    Path rejects = dir.resolve("many-rejects.jsonl");

    CommandRun run =
        CommandRun.of(
            "screen", in.toString(), "-o", out.toString(), "--rejects", rejects.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(lines(out)).extracting(a -> a.get("declaration_id").asText()).isEqualTo(expected);
    assertThat(lines(rejects).stream().map(r -> r.get("declaration_id").asText()).distinct())
        .containsExactlyElementsOf(rejectedIds);
    assertThat(run.err()).contains("Screened " + String.format("%,d", expected.size()));
  }

  @Test
  void a_file_without_the_contract_header_is_invalid_input() throws IOException {
    Path in = dir.resolve("d.csv");
    Files.writeString(in, "id,name\n1,shoes\n");

    CommandRun run = CommandRun.of("screen", in.toString(), "-o", dir.resolve("o").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("hs_code").doesNotContain("\tat ");
  }

  @Test
  void a_missing_file_is_invalid_input() {
    CommandRun run = CommandRun.of("screen", dir.resolve("nope.csv").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("no such file").contains("nope.csv");
  }

  @Test
  void binary_garbage_gives_a_clear_error_not_a_stack_trace() throws IOException {
    Path in = dir.resolve("garbage.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(in, bytes);

    CommandRun run =
        CommandRun.of(
            "screen", in.toString(), "--format", "CSV", "-o", dir.resolve("o").toString());

    assertThat(run.exitCode()).isIn(ExitCodes.INVALID_INPUT, ExitCodes.PARTIAL);
    assertThat(run.err())
        .startsWith("assay: ")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    CommandRun run = CommandRun.of("screen", "--frobnicate", "x.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--frobnicate");
  }

  @Test
  void ndjson_is_detected_by_extension() throws IOException {
    Path out = dir.resolve("out.jsonl");

    CommandRun run =
        CommandRun.of("screen", "../examples/declarations.ndjson", "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(lines(out)).isNotEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).endsWith("\n");
  }
}
