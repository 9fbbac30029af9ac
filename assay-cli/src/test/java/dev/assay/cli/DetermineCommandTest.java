package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetermineCommandTest {

  @Test
  void gallium_metal_needs_a_license_from_august_2023() {
    CommandRun before =
        CommandRun.of("determine", "--hs", "8112929010", "--to", "DE", "--date", "2023-07-15");
    CommandRun after =
        CommandRun.of("determine", "--hs", "8112929010", "--to", "DE", "--date", "2023-08-01");

    assertThat(before.exitCode()).isZero();
    assertThat(before.out()).startsWith("NOT_CONTROLLED");
    assertThat(after.out()).startsWith("LICENSE_REQUIRED").contains("MOFCOM-GAC 2023 No. 23");
  }

  @Test
  void json_output_carries_verdict_basis_and_confidence() throws IOException {
    CommandRun run =
        CommandRun.of(
            "determine", "--hs", "8110101000", "--to", "US", "--date", "2025-01-10", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("verdict").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
    assertThat(json.get("measures").get(0).get("basis").asText())
        .isEqualTo("MOFCOM 2024 No. 46, clause 2");
    assertThat(json.get("measures"))
        .allSatisfy(
            m -> assertThat(m.get("confidence").asText()).isIn("confirmed", "likely", "unsure"));
  }

  @Test
  void a_military_end_use_in_the_us_is_prohibited() {
    CommandRun run =
        CommandRun.of(
            "determine",
            "--hs",
            "2841801000",
            "--to",
            "US",
            "--end-use",
            "MILITARY",
            "--date",
            "2025-03-01");

    assertThat(run.out()).startsWith("PROHIBITED").contains("No. 46");
  }

  @Test
  void a_bad_hs_code_is_invalid_input_naming_the_value() {
    CommandRun run = CommandRun.of("determine", "--hs", "81129", "--to", "US");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("81129").contains("8 or 10 digits");
  }

  @Test
  void a_measure_file_in_a_directory_takes_effect_without_code_changes(@TempDir Path dir)
      throws IOException {
    Files.copy(
        Path.of("src/test/resources/measures/2099-001-test-shoes.yaml"),
        dir.resolve("2099-001.yaml"));

    CommandRun shipped =
        CommandRun.of("determine", "--hs", "6403990000", "--to", "DE", "--date", "2099-06-01");
    CommandRun extended =
        CommandRun.of(
            "determine",
            "--hs",
            "6403990000",
            "--to",
            "DE",
            "--date",
            "2099-06-01",
            "--control-list",
            dir.toString());

    assertThat(shipped.out()).startsWith("NOT_CONTROLLED");
    assertThat(extended.exitCode()).as(extended.err()).isZero();
    assertThat(extended.out()).startsWith("LICENSE_REQUIRED").contains("TEST 2099 No. 1");
  }

  @Test
  void a_broad_code_without_a_deciding_description_depends_on_the_specification() {
    CommandRun bare =
        CommandRun.of("determine", "--hs", "8505111000", "--to", "US", "--date", "2025-06-01");
    CommandRun json =
        CommandRun.of(
            "determine",
            "--hs",
            "8505111000",
            "--to",
            "US",
            "--date",
            "2025-06-01",
            "--description",
            "sintered NdFeB blocks, Dy-free",
            "--json");
    CommandRun named =
        CommandRun.of(
            "determine",
            "--hs",
            "8505111000",
            "--to",
            "US",
            "--date",
            "2025-06-01",
            "--description",
            "NdFeB magnets Dy 3%");

    assertThat(bare.out())
        .startsWith("DEPENDS_ON_SPECIFICATION")
        .contains("the specification decides")
        .contains("1C905.a.4 dysprosium-containing NdFeB");
    assertThat(json.out())
        .contains("\"verdict\" : \"DEPENDS_ON_SPECIFICATION\"")
        .contains("\"absence_claim\" : \"dy-free\"")
        .contains("\"decided_by\"");
    assertThat(named.out()).startsWith("LICENSE_REQUIRED");
  }
}
