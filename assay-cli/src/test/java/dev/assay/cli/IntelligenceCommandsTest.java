package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.intelligence.supply.DisruptionModel;
import dev.assay.intelligence.supply.DisruptionParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay stats}, {@code mirror}, {@code supply} and {@code extraterritorial}, in-process. */
class IntelligenceCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = "../examples/intelligence/comtrade-sample.csv";
  private static final String BOM = "../examples/intelligence/bom-magnet-assembly.csv";

  /** The example's item: a rotor of Chinese-dysprosium magnets made in Germany, USD 1,200. */
  private static final String[] ITEM = {
    "--item-value",
    "1200",
    "--item-hs",
    "8505111000",
    "--item-description",
    "NdFeB magnets containing dysprosium"
  };

  private static final String HEADER =
      "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,"
          + "consignee_country,consignee_address,end_user_name,end_user_country,"
          + "destination_country,transit_countries,transport_mode,container_count,gross_weight_kg,"
          + "hs_code,description,quantity,unit,net_weight_kg,value_usd,license_no,end_use\n";

  @TempDir Path dir;

  private static String declaration(String id, String date, String to, double kg, double usd) {
    return String.join(
            ",",
            id,
            "1",
            date,
            "4900",
            "91431300MA4L2K7P3P",
            "Hunan Antimony",
            "Buyer",
            to,
            "1 Road",
            "",
            "",
            to,
            "",
            "SEA",
            "1",
            Double.toString(kg + 100),
            "8110101000",
            "antimony ingots 99.65%",
            Double.toString(kg),
            "kg",
            Double.toString(kg),
            Double.toString(usd),
            "",
            "")
        + "\n";
  }

  /**
   * Antimony: 2024Q1 (January) 1,000 kg to DE; 2025Q1 300 kg to DE and 100 kg to TH (-60% year on
   * year).
   */
  private Path declarations() throws IOException {
    Path file = dir.resolve("declarations.csv");
    Files.writeString(
        file,
        HEADER
            + declaration("D-1", "2024-01-15", "DE", 1000, 50_000)
            + declaration("D-2", "2025-02-01", "DE", 300, 15_000)
            + declaration("D-3", "2025-03-01", "TH", 100, 5_000));
    return file;
  }

  @Test
  void stats_prints_the_table_by_quarter_with_shares_and_year_on_year() throws IOException {
    CommandRun run = CommandRun.of("stats", declarations().toString(), "--by-destination");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Read 3 declarations (0 rejected): 3 mineral lines");
    assertThat(run.out())
        .containsPattern("antimony\\s+\\*\\s+2025Q1\\s+400\\s+20,000\\s+2\\s+100.0%\\s+-60.0%")
        .containsPattern("antimony\\s+TH\\s+2025Q1\\s+100\\s+5,000\\s+1\\s+25.0%");
  }

  @Test
  void stats_json_and_csv_carry_the_numbers_unformatted() throws IOException {
    String file = declarations().toString();
    JsonNode json = JSON.readTree(CommandRun.of("stats", file, "--json").out());
    JsonNode q1 = json.get(1);
    assertThat(q1.get("period").asText()).isEqualTo("2025Q1");
    assertThat(q1.get("kg").asDouble()).isEqualTo(400);
    assertThat(q1.get("yoy_change").asDouble()).isCloseTo(-0.6, within(1e-12));

    List<String> csv = CommandRun.of("stats", file, "--csv").out().lines().toList();
    assertThat(csv.getFirst()).isEqualTo("mineral,destination,period,kg,usd,lines,share,yoy_kg");
    assertThat(csv).contains("antimony,*,2025Q1,400.0,20000.0,2,1.0,-0.6");
  }

  @Test
  void stats_hubs_view_states_its_test() throws IOException {
    CommandRun run = CommandRun.of("stats", declarations().toString(), "--view", "hubs");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Hub test: share of kg up >= 10 points and >= 2.0x");
  }

  @Test
  void stats_reports_a_bad_declaration_and_exits_partial() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file,
        HEADER
            + declaration("D-1", "2024-02-01", "DE", 1000, 50_000)
            + declaration("D-2", "2025-02-31", "DE", 300, 15_000));

    CommandRun run = CommandRun.of("stats", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.err()).contains("declared_at").contains("(1 rejected)");
  }

  @Test
  void json_and_csv_together_are_refused() throws IOException {
    CommandRun run = CommandRun.of("stats", declarations().toString(), "--json", "--csv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("--json and --csv exclude each other");
  }

  @Test
  void mirror_on_the_shipped_sample_flags_only_the_planted_misdeclaration() throws IOException {
    CommandRun run = CommandRun.of("mirror", SAMPLE, "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode gaps = JSON.readTree(run.out());
    assertThat(gaps).isNotEmpty();
    assertThat(gaps)
        .allSatisfy(
            g -> {
              assertThat(g.get("partner").asText()).isEqualTo("VNM");
              assertThat(g.get("mineral").asText()).isEqualTo("antimony");
              assertThat(g.get("finding").asText()).isEqualTo("PARTNER_RECORDS_MORE");
            });
    assertThat(run.err()).contains("Read 4,914 rows (0 rejected");
  }

  @Test
  void mirror_table_states_its_allowances_and_csv_carries_raw_numbers() {
    CommandRun table = CommandRun.of("mirror", SAMPLE, "--mineral", "antimony");
    assertThat(table.out())
        .containsPattern("antimony\\s+VNM\\s+2024Q3")
        .contains("Allowances: CIF/FOB margin 6%, tolerance 25%")
        .contains("(estimated from the data)");

    List<String> csv =
        CommandRun.of("mirror", SAMPLE, "--view", "reexports", "--csv").out().lines().toList();
    assertThat(csv.getFirst())
        .isEqualTo(
            "mineral,partner,period,imports_from_china_kg,imports_adjusted_kg,exports_to_third_kg,ratio,"
                + "top_destination,top_share,hub");
    List<String> hubs = csv.stream().filter(l -> l.endsWith(",HUB")).toList();
    assertThat(hubs)
        .anySatisfy(l -> assertThat(l).startsWith("antimony,THA,2025Q1,"))
        .anySatisfy(l -> assertThat(l).startsWith("antimony,MEX,2025Q1,"))
        .anySatisfy(l -> assertThat(l).startsWith("germanium,BEL,2025Q1,"))
        .allSatisfy(
            l -> assertThat(l).containsPattern("^(antimony,(THA|MEX)|(gallium/)?germanium,BEL),"))
        .allSatisfy(l -> assertThat(l).contains(",USA,1.0,"));
  }

  @Test
  void mirror_reports_bad_rows_by_line_and_column_and_exits_partial() throws IOException {
    Path file = dir.resolve("trade.csv");
    Files.writeString(
        file,
        """
        reporterISO,partnerISO,flowCode,period,cmdCode,primaryValue,netWgt
        CHN,THA,X,202410,811010,100000,1000
        CHN,THA,X,202413,811010,100000,1000
        """);

    CommandRun run = CommandRun.of("mirror", file.toString(), "--all");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.err())
        .contains("rejected: line 3, field period, value '202413'")
        .contains("Read 1 rows (1 rejected");
  }

  @Test
  void mirror_refuses_a_file_in_another_layout_and_an_impossible_allowance() throws IOException {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "a,b,c\n1,2,3\n");

    CommandRun layout = CommandRun.of("mirror", file.toString());
    assertThat(layout.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(layout.err()).contains("not UN Comtrade layout");

    CommandRun share = CommandRun.of("mirror", SAMPLE, "--transit-share", "1.5");
    assertThat(share.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(share.err()).contains("transit share");

    CommandRun missing = CommandRun.of("mirror", dir.resolve("none.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void supply_estimate_is_the_model_on_the_shipped_parameters_with_overrides() throws IOException {
    DisruptionParameters gallium = DisruptionParameters.bundled().get("gallium");

    JsonNode json =
        JSON.readTree(
            CommandRun.of("supply", "--mineral", "gallium", "--cut", "1", "--json").out());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("loss_usd").asDouble())
        .isEqualTo(DisruptionModel.estimate(gallium, 1).lossUsd());

    JsonNode more =
        JSON.readTree(
            CommandRun.of(
                    "supply",
                    "--mineral",
                    "gallium",
                    "--cut",
                    "1",
                    "--set",
                    "value_multiplier=1000",
                    "--json")
                .out());
    assertThat(more.get(0).get("loss_usd").asDouble())
        .isEqualTo(DisruptionModel.estimate(gallium.with("value_multiplier", 1000), 1).lossUsd());
  }

  @Test
  void supply_table_csv_and_sensitivity() {
    CommandRun table = CommandRun.of("supply", "--mineral", "germanium", "--cut", "0.5,1");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out())
        .containsPattern("germanium\\s+50.0%")
        .containsPattern("germanium\\s+100.0%");

    List<String> csv =
        CommandRun.of("supply", "--view", "sensitivity", "--mineral", "gallium", "--csv")
            .out()
            .lines()
            .toList();
    assertThat(csv.getFirst())
        .isEqualTo("mineral,parameter,low,high,loss_at_low_usd,loss_at_high_usd,source,confidence");
    // The widest swing first, after the row as shipped; raw dollars in CSV.
    assertThat(csv.get(1)).startsWith("gallium,(as shipped),,,");
    assertThat(csv.get(2)).startsWith("gallium,value_multiplier,");
    assertThat(csv.get(1)).doesNotContain("bn");
  }

  @Test
  void supply_refuses_unknown_parameters_minerals_and_cuts() {
    CommandRun parameter = CommandRun.of("supply", "--set", "nosuch=1");
    assertThat(parameter.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(parameter.err()).contains("--set: unknown parameter 'nosuch'");

    CommandRun mineral = CommandRun.of("supply", "--mineral", "unobtainium");
    assertThat(mineral.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(mineral.err()).contains("no disruption parameters for 'unobtainium'");

    CommandRun cut = CommandRun.of("supply", "--cut", "2");
    assertThat(cut.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cut.err()).contains("the cut is a share 0..1");
  }

  /** The command with the example's item. */
  private static CommandRun run(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + ITEM.length);
    System.arraycopy(ITEM, 0, all, args.length, ITEM.length);
    return CommandRun.of(all);
  }

  @Test
  void extraterritorial_follows_the_suspension_and_warns_once_it_lapsed() throws IOException {
    CommandRun suspended = run("extraterritorial", BOM, "--date", "2026-06-01");
    assertThat(suspended.exitCode()).isZero();
    assertThat(suspended.out()).startsWith("SUSPENDED").doesNotContain("WARNING");

    CommandRun lapsed = run("extraterritorial", BOM, "--date", "2026-12-05");
    assertThat(lapsed.out())
        .startsWith("LICENSE_REQUIRED")
        .contains("0.2000%")
        .contains("WARNING: MOFCOM 2025 No. 61");

    JsonNode json =
        JSON.readTree(run("extraterritorial", BOM, "--date", "2026-12-05", "--json").out());
    assertThat(json.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(json.get("share").asDouble()).isCloseTo(0.002, within(1e-12));
    assertThat(json.get("warnings")).isNotEmpty();

    List<String> csv =
        run("extraterritorial", BOM, "--date", "2026-12-05", "--csv").out().lines().toList();
    assertThat(csv.getFirst())
        .isEqualTo("outcome,rule,clause,clause_confidence,met,status,share,reason");
    assertThat(csv.subList(1, csv.size()))
        .allSatisfy(l -> assertThat(l).startsWith("LICENSE_REQUIRED,"));
  }

  @Test
  void extraterritorial_reports_a_bad_bom_line_and_refuses_a_bad_item_value() throws IOException {
    Path bom = dir.resolve("bom.csv");
    Files.writeString(
        bom,
        """
        component,hs_code,description,origin,value_usd
        Dy oxide,2846901993,dysprosium oxide,CN,2.40
        hub,7326909000,steel hub,DE,lots
        """);

    CommandRun run = run("extraterritorial", bom.toString(), "--date", "2026-12-05");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.err()).contains("rejected: line 3, field value_usd");
    assertThat(run.out()).startsWith("LICENSE_REQUIRED");

    CommandRun zero = CommandRun.of("extraterritorial", bom.toString(), "--item-value", "0");
    assertThat(zero.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(zero.err()).contains("--item-value must be positive");
  }
}
