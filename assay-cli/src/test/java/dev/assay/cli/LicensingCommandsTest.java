package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The licensing commands end to end on an embedded H2 file database, with the shipped example
 * licenses, declarations and application.
 */
class LicensingCommandsTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void setUp() {
    db = "jdbc:h2:file:" + dir.resolve("assay").toAbsolutePath();
  }

  @Test
  void imports_licenses_once_and_lists_and_shows_them() {
    CommandRun first = CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);
    CommandRun again = CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("Imported 7 licenses (7 new, 0 unchanged)");
    assertThat(again.err()).contains("Imported 7 licenses (0 new, 7 unchanged)");
    CommandRun list = CommandRun.of("licenses", "list", "--db", db, "--on", "2025-06-01");
    assertThat(list.out().lines())
        .hasSize(8)
        .anySatisfy(l -> assertThat(l).startsWith("LX2025-SB-00412  GENERAL VALID"));
    CommandRun show = CommandRun.of("licenses", "show", "LX2025-SB-00412", "--db", db);
    assertThat(show.out()).contains("quantity 15000 / 0 / 15000 KG", "ISSUED", "by import");
    assertThat(CommandRun.of("licenses", "show", "NOPE", "--db", db).exitCode())
        .isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void a_suspension_is_recorded_and_a_revoked_license_stays_revoked() {
    CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);

    CommandRun suspend =
        CommandRun.of(
            "licenses",
            "suspend",
            "LX2025-W-00021",
            "--actor",
            "officer Li",
            "--reason",
            "investigation",
            "--db",
            db);
    CommandRun revoke =
        CommandRun.of(
            "licenses",
            "revoke",
            "LX2025-W-00021",
            "--actor",
            "officer Li",
            "--reason",
            "fraud",
            "--db",
            db);
    CommandRun reinstate =
        CommandRun.of(
            "licenses",
            "reinstate",
            "LX2025-W-00021",
            "--actor",
            "officer Li",
            "--reason",
            "appeal",
            "--db",
            db);

    assertThat(suspend.out()).contains("is now SUSPENDED");
    assertThat(revoke.exitCode()).isZero();
    assertThat(reinstate.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(reinstate.err()).contains("revocation is final");
    assertThat(CommandRun.of("licenses", "show", "LX2025-W-00021", "--db", db).out())
        .contains("SUSPENDED  by officer Li: investigation", "REVOKED    by officer Li: fraud");
  }

  @Test
  void an_amendment_raises_the_limit_and_says_so_in_the_history() {
    CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);

    CommandRun amend =
        CommandRun.of(
            "licenses",
            "amend",
            "LX2025-SB-00412",
            "--item-limit",
            "1=25000/1300000",
            "--actor",
            "officer Li",
            "--reason",
            "contract extended",
            "--db",
            db);

    assertThat(amend.exitCode()).as(amend.err()).isZero();
    assertThat(CommandRun.of("licenses", "show", "LX2025-SB-00412", "--db", db).out())
        .contains(
            "quantity 25000 / 0 / 25000 KG",
            "AMENDED    by officer Li: contract extended (item 1 limits 25000 / USD 1300000)");
  }

  @Test
  void screening_with_a_license_file_raises_the_license_findings() throws IOException {
    Path out = dir.resolve("out.jsonl");

    CommandRun run =
        CommandRun.of(
            "screen",
            "../examples/declarations.csv",
            "--licenses",
            "../examples/licenses.csv",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String assessments = Files.readString(out);
    assertThat(assessments)
        .contains(
            "\"violation\":\"EXCEEDED\"",
            "\"violation\":\"EXPIRED\"",
            "\"violation\":\"UNKNOWN_LICENSE\"");
    assertThat(run.err()).contains("LICENSE_VIOLATION 3", "UNLICENSED_CONTROLLED_EXPORT");
  }

  @Test
  void screening_against_the_database_draws_down_once_however_often_it_runs() throws IOException {
    CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);
    Path out = dir.resolve("out.jsonl");

    CommandRun first =
        CommandRun.of(
            "screen", "../examples/declarations.csv", "--db", db, "--out", out.toString());
    CommandRun second =
        CommandRun.of(
            "screen", "../examples/declarations.csv", "--db", db, "--out", out.toString());

    assertThat(first.err()).contains("LICENSE_VIOLATION 3");
    assertThat(second.err()).contains("LICENSE_VIOLATION 3");
    assertThat(CommandRun.of("licenses", "show", "LX2025-GA-00117", "--db", db).out())
        .contains("quantity 1000 / 250 / 750 KG", "D-2025-0004 line 1");
  }

  @Test
  void licenses_come_from_a_file_or_the_database_not_both() {
    CommandRun run =
        CommandRun.of(
            "screen",
            "../examples/declarations.csv",
            "--db",
            db,
            "--licenses",
            "../examples/licenses.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("not both");
  }

  @Test
  void an_application_is_submitted_accepted_and_listed_when_overdue() {
    CommandRun submit =
        CommandRun.of("applications", "submit", "../examples/application.yaml", "--db", db);
    CommandRun accept =
        CommandRun.of(
            "applications",
            "transition",
            "APP-2025-0042",
            "--to",
            "UNDER_REVIEW",
            "--actor",
            "officer Li",
            "--db",
            db);

    assertThat(submit.out()).contains("APP-2025-0042 is SUBMITTED");
    assertThat(accept.out()).contains("is UNDER_REVIEW");
    String farFuture =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).toString();
    CommandRun overdue =
        CommandRun.of("applications", "list", "--overdue", "--as-of", farFuture, "--db", db);
    assertThat(overdue.out()).contains("APP-2025-0042", "OVERDUE");
    CommandRun none = CommandRun.of("applications", "list", "--overdue", "--db", db);
    assertThat(none.out().lines()).as("accepted today: not overdue").hasSize(1);
  }

  @Test
  void a_step_the_rules_refuse_is_reported_and_not_recorded() {
    CommandRun.of("applications", "submit", "../examples/application.yaml", "--db", db);

    CommandRun approve =
        CommandRun.of(
            "applications",
            "transition",
            "APP-2025-0042",
            "--to",
            "APPROVED",
            "--actor",
            "officer Li",
            "--db",
            db);

    assertThat(approve.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(approve.err()).contains("cannot go from SUBMITTED to APPROVED");
    assertThat(CommandRun.of("applications", "show", "APP-2025-0042", "--db", db).out())
        .contains("SUBMITTED", "Clock on", "NOT_STARTED")
        .doesNotContain("APPROVED");
  }

  @Test
  void a_license_past_its_last_day_is_listed_as_expired_as_of_today() {
    CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);

    // LX2025-GR-00342 ran until 2025-07-31: expired on any day these tests run.
    CommandRun today = CommandRun.of("licenses", "list", "--db", db);
    CommandRun before = CommandRun.of("licenses", "list", "--db", db, "--on", "2025-01-15");
    CommandRun valid = CommandRun.of("licenses", "list", "--db", db, "--status", "valid");

    assertThat(today.out().lines())
        .anySatisfy(l -> assertThat(l).startsWith("LX2025-GR-00342  SINGLE  EXPIRED"));
    assertThat(before.out().lines())
        .anySatisfy(l -> assertThat(l).startsWith("LX2025-GR-00342  SINGLE  NOT-YET"));
    assertThat(valid.out()).doesNotContain("LX2025-GR-00342");
    assertThat(CommandRun.of("licenses", "show", "LX2025-GR-00342", "--db", db).out())
        .startsWith("License LX2025-GR-00342 (SINGLE), EXPIRED");
  }

  @Test
  void the_embedded_database_used_by_another_process_is_a_clear_error_not_a_bug() {
    var locked =
        new dev.assay.store.StoreException(
            "reading license X failed",
            new java.sql.SQLException(
                "Database may be already in use: \"/data/assay.mv.db\". Possible solutions:"
                    + " close all other connection(s); use the server mode [90020-232]",
                "90020",
                90020));

    assertThat(DatabaseOptions.described(locked))
        .startsWith("the database file is locked: another assay process is using it");
  }

  @Test
  void screen_checks_licenses_in_the_database_named_by_assay_db_url() {
    CommandRun.of("licenses", "import", "../examples/licenses.csv", "--db", db);
    var environment = DatabaseOptions.environment;
    try {
      DatabaseOptions.environment = name -> name.equals("ASSAY_DB_URL") ? db : null;
      Path out = dir.resolve("out.jsonl");
      CommandRun run =
          CommandRun.of(
              "screen",
              "../examples/declarations.csv",
              "--no-drawdown",
              "-q",
              "-o",
              out.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(readString(out)).contains("LICENSE_VIOLATION");
    } finally {
      DatabaseOptions.environment = environment;
    }
    Path without = dir.resolve("without.jsonl");
    CommandRun.of("screen", "../examples/declarations.csv", "-q", "-o", without.toString());
    assertThat(readString(without)).doesNotContain("LICENSE_VIOLATION");
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
