package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assay match, lists, decision, and the RESTRICTED_PARTY finding in assay screen. */
class ScreeningCommandsTest {
  private static final String HEADER =
      "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,"
          + "consignee_country,consignee_address,end_user_name,end_user_country,destination_country,"
          + "transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,"
          + "quantity,unit,net_weight_kg,value_usd,license_no\n";
  private static final String EXPORTER =
      dev.assay.declaration.UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345").value();

  @TempDir Path dir;

  private static String row(String id, String consignee, String country) {
    return String.join(
            ",",
            id,
            "1",
            "2025-12-01",
            "5300",
            EXPORTER,
            "Hunan Example Shoes Co Ltd",
            "\"" + consignee + "\"",
            country,
            "1 Main St",
            "",
            "",
            country,
            "",
            "SEA",
            "1",
            "1050",
            "6403990000",
            "leather footwear",
            "1000",
            "PR",
            "1000",
            "25000",
            "")
        + "\n";
  }

  private static Path watchList() {
    try {
      return Path.of(ScreeningCommandsTest.class.getResource("/screening/watchlist.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void match_finds_a_chinese_name_from_its_english_and_explains_why() {
    CommandRun run = CommandRun.of("match", "Lockheed Martin Corp.", "--as-of", "2025-06-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("BLOCK  1.00  cn-unreliable-entity-list:lockheed-martin-corporation")
        .contains("洛克希德·马丁公司")
        .contains("basis:    不可靠实体清单工作机制公告〔2023〕1号")
        .contains("why:      matched primary name 'Lockheed Martin Corporation'");
  }

  @Test
  void match_reports_no_match_for_a_clean_name_and_refuses_a_bad_country() {
    assertThat(CommandRun.of("match", "Bluewater Ceramics Ltd", "--as-of", "2025-06-01").out())
        .startsWith("0 match(es) for 'Bluewater Ceramics Ltd'");
    CommandRun bad = CommandRun.of("match", "x", "--country", "ZZ");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(bad.err()).contains("--country ZZ");
  }

  @Test
  void lists_import_reports_read_and_rejected_records_and_the_list_is_then_screened() {
    Path lists = dir.resolve("lists");
    CommandRun imported =
        CommandRun.of(
            "lists",
            "import",
            "--format",
            "watchlist-csv",
            "--list-id",
            "port-watch",
            "--version",
            "2025-11-01",
            "--into",
            lists.toString(),
            watchList().toString());

    assertThat(imported.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(imported.out())
        .contains(
            "watchlist.csv: 5 records read, 2 entries accepted, 0 records skipped, 3 rejected")
        .contains("Changes: port-watch (new list): 2 added, 0 removed, 0 changed");
    assertThat(imported.err())
        .contains("rejected: watchlist.csv line 4, field countries, value 'XX'");
    assertThat(lists.resolve("port-watch/2025-11-01.jsonl")).exists();

    assertThat(
            CommandRun.of("lists", "show", "--lists", lists.toString(), "--as-of", "2025-12-01")
                .out())
        .contains("port-watch")
        .contains("cn-unreliable-entity-list");
    assertThat(
            CommandRun.of(
                    "match",
                    "Meridian Sb Resources Limited",
                    "--lists",
                    lists.toString(),
                    "--as-of",
                    "2025-12-01")
                .out())
        .contains("port-watch:WL-001");
  }

  @Test
  void lists_import_tells_the_format_by_content_saves_the_index_and_reports_no_change_again()
      throws Exception {
    Path lists = dir.resolve("lists");
    Path renamed = dir.resolve("export (3).txt");
    java.nio.file.Files.copy(watchList(), renamed);
    String[] args = {
      "lists",
      "import",
      "--list-id",
      "port-watch",
      "--version",
      "2025-11-01",
      "--into",
      lists.toString(),
      renamed.toString()
    };
    CommandRun first = CommandRun.of(args);
    assertThat(first.out()).contains("2 added, 0 removed, 0 changed");
    assertThat(lists.resolve("port-watch/2025-11-01.index")).exists();
    CommandRun again = CommandRun.of(args);
    assertThat(again.out()).contains("0 added, 0 removed, 0 changed");

    // The saved index answers match; evaluate searches the imported list too.
    assertThat(
            CommandRun.of(
                    "match",
                    "Meridian Sb Resources Limited",
                    "--lists",
                    lists.toString(),
                    "--as-of",
                    "2025-12-01")
                .out())
        .contains("port-watch:WL-001");
    CommandRun without = CommandRun.of("match", "x", "--as-of", "2025-12-01");
    CommandRun with =
        CommandRun.of("match", "x", "--lists", lists.toString(), "--as-of", "2025-12-01");
    assertThat(with.out()).isNotEqualTo(without.out());
    assertThat(
            CommandRun.of("lists", "evaluate", "--lists", lists.resolve("nowhere").toString())
                .err())
        .contains("is not a directory");

    Path notes = dir.resolve("notes.txt");
    java.nio.file.Files.writeString(notes, "nothing to see\n");
    CommandRun unknown =
        CommandRun.of("lists", "import", "--into", lists.toString(), notes.toString());
    assertThat(unknown.exitCode()).isNotZero();
    assertThat(unknown.err()).contains("notes.txt").contains("give --format");
  }

  @Test
  void lists_evaluate_prints_precision_recall_and_f1() {
    CommandRun run = CommandRun.of("lists", "evaluate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Thresholds: review 0.80, block 0.92")
        .containsPattern("F1 0\\.9\\d\\d")
        .contains("Clean everyday names flagged");
  }

  @Test
  void a_dismissed_match_stays_on_record_and_is_no_longer_raised() {
    Path decisions = dir.resolve("decisions.jsonl");
    CommandRun recorded =
        CommandRun.of(
            "decision",
            "record",
            "dismiss",
            "--party",
            "Axient",
            "--entry",
            "cn-export-control-list:axient",
            "--by",
            "officer.liu",
            "--reason",
            "a different Axient, Ohio",
            "--decisions",
            decisions.toString());

    assertThat(recorded.exitCode()).isZero();
    assertThat(CommandRun.of("decision", "list", "--decisions", decisions.toString()).out())
        .contains(
            "DISMISSED  'Axient' ~ cn-export-control-list:axient  by officer.liu: a different Axient, Ohio");
    assertThat(
            CommandRun.of(
                    "match", "Axient", "--as-of", "2025-06-01", "--decisions", decisions.toString())
                .out())
        .contains("decision: DISMISSED by officer.liu")
        .contains("(not raised: dismissed, entry unchanged)");
  }

  @Test
  void screen_raises_restricted_party_for_a_listed_consignee() throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(
        file,
        HEADER + row("D-1", "Skydio, Inc.", "US") + row("D-2", "Metallhandel Duisburg GmbH", "DE"));

    Path out = dir.resolve("out.jsonl");
    CommandRun run = CommandRun.of("screen", file.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.stream().filter(l -> l.contains("\"D-1\"")).findFirst().orElseThrow())
        .contains("\"code\":\"RESTRICTED_PARTY\"")
        .contains("\"basis\":\"商务部公告2025年第13号 (cn-export-control-list)\"");
    assertThat(lines.stream().filter(l -> l.contains("\"D-2\"")).findFirst().orElseThrow())
        .doesNotContain("RESTRICTED_PARTY");
    assertThat(run.err()).contains("RESTRICTED_PARTY");
  }

  @Test
  void rescreen_reports_new_matches_once_then_only_changes() throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, HEADER + row("D-1", "Skydio Inc", "US"));
    Path state = dir.resolve("state.jsonl");

    CommandRun first =
        CommandRun.of(
            "lists",
            "rescreen",
            file.toString(),
            "--state",
            state.toString(),
            "--as-of",
            "2025-12-01");
    CommandRun second =
        CommandRun.of("lists", "rescreen", "--state", state.toString(), "--as-of", "2025-12-01");

    assertThat(first.out()).contains("NEW      Skydio Inc ~ cn-export-control-list:skydio-inc");
    assertThat(second.out()).doesNotContain("NEW").contains("0 change(s)");
  }
}
