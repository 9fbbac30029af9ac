package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warning that a determination rests on a measure whose suspension lapsed with no later
 * announcement recorded (MOFCOM 2024 No. 46 clause 2, suspended by MOFCOM 2025 No. 72 until
 * 2026-11-27), or on a control list older than the limit, in {@code determine} and {@code screen}.
 */
class StaleWarningCommandTest {
  private static final String LAPSED =
      "MOFCOM 2024 No. 46, clause 2 was suspended by MOFCOM 2025 No. 72";

  @TempDir Path dir;

  @Test
  void determine_warns_the_day_after_the_suspension_ran_out_and_not_on_its_last_day() {
    CommandRun last =
        CommandRun.of("determine", "--hs", "8110101000", "--to", "US", "--date", "2026-11-27");
    CommandRun after =
        CommandRun.of("determine", "--hs", "8110101000", "--to", "US", "--date", "2026-11-28");

    assertThat(last.out()).doesNotContain(LAPSED);
    assertThat(after.out())
        .startsWith("PRESUMPTION_OF_DENIAL")
        .contains("WARNING: " + LAPSED)
        .contains("no later announcement is recorded");
  }

  /** Antimony metal to the United States on the date, as JSON. */
  private static JsonNode antimonyToTheUsDetermined(String date) throws IOException {
    return new ObjectMapper()
        .readTree(
            CommandRun.of("determine", "--hs", "8110101000", "--to", "US", "--date", date, "--json")
                .out());
  }

  @Test
  void determine_json_carries_the_warnings_and_a_recent_date_has_none() throws IOException {
    JsonNode stale = antimonyToTheUsDetermined("2026-12-05");
    JsonNode fresh = antimonyToTheUsDetermined("2026-06-01");

    assertThat(stale.get("warnings").toString()).contains("No. 72").contains("333 days older");
    assertThat(fresh.get("warnings")).isEmpty();
  }

  @Test
  void the_screen_summary_counts_findings_on_a_lapsed_basis_and_says_the_data_age()
      throws IOException {
    CommandRun stale = CommandRun.of("screen", antimonyToTheUs("2026-12-05").toString());
    CommandRun fresh = CommandRun.of("screen", antimonyToTheUs("2026-06-05").toString());

    assertThat(stale.exitCode()).isZero();
    assertThat(stale.err())
        .contains("Warning (1 findings): " + LAPSED)
        .contains("Warning: the newest announcement in the control list")
        .contains("333 days older than 2026-12-05");
    assertThat(fresh.exitCode()).isZero();
    assertThat(fresh.err()).doesNotContain("Warning");
  }

  private Path antimonyToTheUs(String date) throws IOException {
    Path file = dir.resolve("d-" + date + ".csv");
    Files.writeString(
        file,
        "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,"
            + "consignee_name,consignee_country,consignee_address,end_user_name,end_user_country,"
            + "destination_country,transit_countries,transport_mode,container_count,"
            + "gross_weight_kg,hs_code,description,quantity,unit,net_weight_kg,value_usd,"
            + "license_no,end_use\n"
            + "D-1,1,"
            + date
            + ",4900,91431300MA4L2K7P3P,Hunan Antimony,Midwest Alloys Inc.,US,"
            + "\"1200 Industrial Pkwy, Cleveland, OH\",,,US,,SEA,1,18745,8110101000,"
            + "antimony ingots 99.65%,18000,kg,18000,936000,,\n");
    return file;
  }
}
