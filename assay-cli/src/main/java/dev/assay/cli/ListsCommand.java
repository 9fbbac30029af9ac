package dev.assay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code assay lists}: import, show, evaluate and re-screen restricted-party lists. */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description =
        "Restricted-party lists: import them, show what is loaded, evaluate the matcher, re-screen after a change.",
    subcommands = {
      ListsImportCommand.class,
      ListsShowCommand.class,
      ListsEvaluateCommand.class,
      ListsRescreenCommand.class
    })
final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
