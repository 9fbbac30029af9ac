package dev.assay.controllist;

import static dev.assay.controllist.Queries.GERMANY;
import static dev.assay.controllist.Queries.US;
import static dev.assay.controllist.Queries.date;
import static dev.assay.controllist.Queries.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped suspensions of MOFCOM-GAC 2025 No. 70 (until 2026-11-10) and MOFCOM 2025 No. 72
 * (until 2026-11-27) run out with no later announcement recorded: determinations resting on what
 * they suspended say so from the day after, and a recorded follow-up silences the warning.
 */
class ListAgeTest {
  @TempDir Path directory;

  private static final String ANTIMONY_METAL = "8110101000";
  private static final String HOLMIUM_METAL = "2805301910";

  @Test
  void a_us_antimony_line_warns_once_clause_2_is_back_after_its_suspension() {
    ControlList list = ControlList.bundled();

    Determination suspended = list.determine(line(ANTIMONY_METAL, US, "2026-11-27"));
    Determination back = list.determine(line(ANTIMONY_METAL, US, "2026-11-28"));

    assertThat(suspended.warnings())
        .noneMatch(w -> w.kind() == StaleWarning.Kind.LAPSED_SUSPENSION);
    assertThat(back.verdict()).isEqualTo(Verdict.PRESUMPTION_OF_DENIAL);
    assertThat(back.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.kind()).isEqualTo(StaleWarning.Kind.LAPSED_SUSPENSION);
              assertThat(w.basis()).isEqualTo("MOFCOM 2024 No. 46, clause 2");
              assertThat(w.since()).isEqualTo(date("2026-11-28"));
              assertThat(w.message()).contains("MOFCOM 2025 No. 72", "2026-11-27");
            });
  }

  @Test
  void a_line_that_rests_on_no_lapsed_measure_gets_no_lapse_warning() {
    Determination germany =
        ControlList.bundled().determine(line(ANTIMONY_METAL, GERMANY, "2026-12-05"));

    assertThat(germany.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(germany.warnings())
        .extracting(StaleWarning::kind)
        .containsOnly(StaleWarning.Kind.DATA_AGE);
  }

  @Test
  void holmium_under_no_57_warns_after_2026_11_10_and_not_on_it() {
    ControlList list = ControlList.bundled();

    assertThat(
            list.determine(line(HOLMIUM_METAL, "holmium metal", GERMANY, "2026-11-10")).warnings())
        .extracting(StaleWarning::basis)
        .doesNotContain("MOFCOM-GAC 2025 No. 57");
    Determination after =
        list.determine(line(HOLMIUM_METAL, "holmium metal", GERMANY, "2026-11-11"));
    assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(after.warnings()).extracting(StaleWarning::basis).contains("MOFCOM-GAC 2025 No. 57");
  }

  @Test
  void data_age_counts_from_the_newest_announcement_to_the_date_asked() {
    ListAge age = ControlList.bundled().age(180);

    // The newest shipped announcement is MOFCOM 2026 No. 1 of 2026-01-06.
    assertThat(age.dataAge(date("2026-07-05"))).isEmpty();
    assertThat(age.dataAge(date("2026-07-06"))).isPresent();
    assertThat(age.dataAge(date("2026-12-05")).orElseThrow().message()).contains("333 days");
    assertThat(ControlList.bundled().age(400).dataAge(date("2026-12-05"))).isEmpty();
    // A what-if in the past is inside the data.
    assertThat(ControlList.bundled().determine(line(ANTIMONY_METAL, US, "2025-01-08")).warnings())
        .isEmpty();
  }

  @Test
  void the_shipped_gaps_on_2026_12_05_are_the_two_lapsed_suspensions() {
    var lapses = ControlList.bundled().age().unfollowedLapses(date("2026-12-05"));

    assertThat(lapses)
        .extracting(ListAge.Lapse::basis)
        .containsExactlyInAnyOrder(
            "MOFCOM-GAC 2025 No. 55",
            "MOFCOM-GAC 2025 No. 56",
            "MOFCOM-GAC 2025 No. 57",
            "MOFCOM-GAC 2025 No. 58",
            "MOFCOM 2025 No. 61",
            "MOFCOM 2025 No. 62",
            "MOFCOM 2024 No. 46, clause 2",
            "MOFCOM 2024 No. 46, clause 2 (graphite)");
    assertThat(ControlList.bundled().age().unfollowedLapses(date("2026-11-10"))).isEmpty();
  }

  @Test
  void an_extension_recorded_as_data_is_a_follow_up() throws IOException {
    Files.writeString(
        directory.resolve("2026-099-extension.yaml"),
        """
        id: TEST-2026-99
        citation: TEST 2026 No. 99
        title: Fictitious extension of the suspension of clause 2 of MOFCOM 2024 No. 46
        authorities: [MOFCOM]
        issued: 2026-11-20
        kind: SUSPENSION
        sources: [TEST]
        confidence: confirmed
        suspends:
          - measure: MOFCOM-2024-46
            clauses: ["2", 2-graphite]
            from: 2026-11-28
            until: 2027-11-27
            sources: [TEST]
            confidence: confirmed
        """);
    ControlList list = ControlList.load(directory);

    Determination d = list.determine(line(ANTIMONY_METAL, US, "2026-12-05"));

    assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(d.warnings()).noneMatch(w -> w.kind() == StaleWarning.Kind.LAPSED_SUSPENSION);
    assertThat(list.age().unfollowedLapses(date("2026-12-05")))
        .extracting(ListAge.Lapse::basis)
        .doesNotContain("MOFCOM 2024 No. 46, clause 2")
        .contains("MOFCOM-GAC 2025 No. 57");
  }

  @Test
  void a_resumption_recorded_as_an_informational_note_is_a_follow_up() throws IOException {
    Files.writeString(
        directory.resolve("2026-098-resumption.yaml"),
        """
        id: TEST-2026-98
        citation: TEST 2026 No. 98
        title: Fictitious notice that the October 2025 measures apply
        authorities: [MOFCOM]
        issued: 2026-11-12
        kind: INFORMATIONAL
        sources: [TEST]
        confidence: confirmed
        note: The suspension of MOFCOM-GAC-2025-70 ended; the measures apply.
        """);
    ListAge age = ControlList.load(directory).age();

    assertThat(age.unfollowedLapses(date("2026-12-05")))
        .extracting(ListAge.Lapse::basis)
        .containsExactlyInAnyOrder(
            "MOFCOM 2024 No. 46, clause 2", "MOFCOM 2024 No. 46, clause 2 (graphite)");
  }
}
