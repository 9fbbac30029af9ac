package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlListCommandTest {

  @Test
  void lists_every_measure_with_its_state_on_the_date() {
    CommandRun run = CommandRun.of("controllist", "--as-of", "2025-12-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("MOFCOM-GAC 2023 No. 23", "MOFCOM-GAC 2025 No. 18", "MOFCOM 2026 No. 1")
        .containsPattern("in force\\s+MOFCOM-GAC 2024 No. 33")
        .containsPattern("suspended\\s+MOFCOM-GAC 2025 No. 57")
        .containsPattern("suspended\\s+MOFCOM 2024 No. 46, clause 2")
        .containsPattern("not yet effective\\s+MOFCOM 2026 No. 1");
  }

  @Test
  void check_lists_lapsed_suspensions_and_the_data_age_and_exits_4() {
    CommandRun run = CommandRun.of("controllist", "--check", "--as-of", "2026-12-05");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.out())
        .containsPattern("LAPSED\\s+MOFCOM-GAC 2025 No. 57: suspended by MOFCOM-GAC 2025 No. 70")
        .containsPattern("LAPSED\\s+MOFCOM 2024 No. 46, clause 2: suspended by MOFCOM 2025 No. 72")
        .containsPattern("OLD\\s+the newest announcement .* is 333 days older than 2026-12-05")
        .contains("9 gap(s)");
  }

  @Test
  void check_warns_of_a_suspension_about_to_end_and_is_quiet_while_the_data_are_recent() {
    CommandRun ending = CommandRun.of("controllist", "--check", "--as-of", "2026-10-20");
    CommandRun recent = CommandRun.of("controllist", "--check", "--as-of", "2026-05-01");

    assertThat(ending.out())
        .containsPattern("ENDING\\s+MOFCOM 2025 No. 61: suspension by MOFCOM-GAC 2025 No. 70 ends")
        .doesNotContain("LAPSED");
    assertThat(recent.exitCode()).isZero();
    assertThat(recent.out()).contains("No gaps.").doesNotContain("LAPSED").doesNotContain("ENDING");
  }
}
