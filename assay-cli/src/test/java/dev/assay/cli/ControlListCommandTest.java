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
}
