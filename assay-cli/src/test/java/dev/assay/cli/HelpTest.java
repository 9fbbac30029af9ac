package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"screen", "validate", "determine", "controllist"})
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

  /**
   * picocli reads every description as a format string: a bare '%' (as in "10%,") makes it print a
   * warning to the console and show the raw text instead of the help.
   */
  @org.junit.jupiter.api.Test
  void every_help_text_of_every_command_is_a_valid_format_string() {
    java.util.List<String> broken = new java.util.ArrayList<>();
    java.util.Deque<picocli.CommandLine> commands = new java.util.ArrayDeque<>();
    commands.add(Assay.commandLine());
    while (!commands.isEmpty()) {
      picocli.CommandLine command = commands.poll();
      commands.addAll(command.getSubcommands().values());
      picocli.CommandLine.Model.CommandSpec spec = command.getCommandSpec();
      java.util.List<String> texts = new java.util.ArrayList<>();
      texts.addAll(java.util.List.of(spec.usageMessage().description()));
      spec.options().forEach(o -> texts.addAll(java.util.List.of(o.description())));
      spec.positionalParameters().forEach(p -> texts.addAll(java.util.List.of(p.description())));
      for (String text : texts) {
        try {
          String.format(
              text.replace("${DEFAULT-VALUE}", "x").replace("${COMPLETION-CANDIDATES}", "x"));
        } catch (java.util.IllegalFormatException e) {
          broken.add(spec.qualifiedName() + ": " + text);
        }
      }
    }

    assertThat(broken).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void every_subcommand_is_listed_under_the_name_its_annotation_gives() {
    Assay.SUBCOMMANDS.forEach(
        (name, type) ->
            assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name())
                .as(type.getName())
                .isEqualTo(name));
    assertThat(Assay.commandLine().getSubcommands().keySet())
        .containsAll(Assay.SUBCOMMANDS.keySet())
        .contains("help");
  }

  /** The tree built for one subcommand prints the same help as the whole tree does for it. */
  @org.junit.jupiter.api.Test
  void a_subcommand_alone_has_the_help_it_has_in_the_whole_tree() {
    for (String name : Assay.SUBCOMMANDS.keySet()) {
      picocli.CommandLine alone = Assay.commandLine(name, "--help");
      assertThat(alone.getSubcommands().keySet()).containsExactly(name);
      assertThat(alone.getSubcommands().get(name).getUsageMessage())
          .as(name)
          .isEqualTo(Assay.commandLine().getSubcommands().get(name).getUsageMessage());
    }
  }

  @org.junit.jupiter.api.Test
  void help_for_a_command_and_a_misspelt_command_still_see_every_command() {
    CommandRun help = CommandRun.of("help", "determine");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: assay determine");

    CommandRun misspelt = CommandRun.of("detremine");
    assertThat(misspelt.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(misspelt.err()).contains("detremine").contains("determine");

    CommandRun version = CommandRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("assay ");
  }
}
