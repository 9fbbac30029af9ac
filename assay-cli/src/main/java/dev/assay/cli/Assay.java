package dev.assay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code assay} command: the entry point of the command line. */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    versionProvider = AssayVersion.class,
    description = {
      "Export control and anti-smuggling screening for strategic minerals.",
      "Scores export declarations against the control list and explains every finding.",
      "The web application for officers, analysts and exporters: ./assay serve [--demo]"
          + " (docs/server.md)."
    },
    subcommands = {
      ScreenCommand.class,
      ValidateCommand.class,
      EvaluateCommand.class,
      WeightsCommand.class,
      BacktestCommand.class,
      DetermineCommand.class,
      ControlListCommand.class,
      StatsCommand.class,
      ExtraterritorialCommand.class,
      SupplyCommand.class,
      MirrorCommand.class,
      LicensesCommand.class,
      ApplicationsCommand.class,
      MatchCommand.class,
      ListsCommand.class,
      DecisionCommand.class,
      GenerateCommand.class,
      MlCommand.class,
      AuditCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug: please report it with the message)",
      "2:usage error (unknown option, missing argument)",
      "3:invalid input: the file cannot be read as declarations; nothing was screened",
      "4:partial: some records were rejected (listed on stderr); the others were screened",
      "5:the output could not be written (no such directory, permission, disk full); it is"
          + " incomplete",
      "6:the audit log's hash chain is broken (assay audit verify)"
    })
public final class Assay implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; used by tests too. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Assay());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setExecutionStrategy(ErrorHandler::execute);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Dates as the import contract reads them, with its messages rather than java.time's.
    cli.registerConverter(
        java.time.LocalDate.class,
        text -> {
          try {
            return dev.assay.ingest.FieldText.isoDate(text.strip());
          } catch (dev.assay.declaration.InvalidValueException e) {
            throw new CommandLine.TypeConversionException("'" + text + "': " + e.reason());
          }
        });
    return cli;
  }
}
