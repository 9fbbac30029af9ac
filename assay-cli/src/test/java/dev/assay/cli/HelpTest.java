package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"screen", "determine", "controllist"})
  void every_command_has_complete_help(String command) {
    CommandRun run = CommandRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: assay " + command).contains("--help");
    assertThat(run.out()).doesNotContain("null");
  }

  @org.junit.jupiter.api.Test
  void the_top_level_help_lists_the_commands_and_exit_codes() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("screen", "determine", "controllist", "Exit codes:", "partial");
  }
}
