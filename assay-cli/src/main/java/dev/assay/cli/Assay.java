package dev.assay.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Preload.start(args);
    System.exit(run(args));
  }

  /**
   * The subcommands by name, in the order the help lists them. They are not declared on the
   * annotation: picocli would then build the model of every one (reflection over each command's
   * options, mixins and nested commands, a few hundred classes) on every start, whichever one is
   * run. {@link #commandLine(String...)} adds only the one the arguments name.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("screen", ScreenCommand.class);
    all.put("validate", ValidateCommand.class);
    all.put("evaluate", EvaluateCommand.class);
    all.put("weights", WeightsCommand.class);
    all.put("backtest", BacktestCommand.class);
    all.put("determine", DetermineCommand.class);
    all.put("controllist", ControlListCommand.class);
    all.put("stats", StatsCommand.class);
    all.put("extraterritorial", ExtraterritorialCommand.class);
    all.put("supply", SupplyCommand.class);
    all.put("mirror", MirrorCommand.class);
    all.put("licenses", LicensesCommand.class);
    all.put("applications", ApplicationsCommand.class);
    all.put("match", MatchCommand.class);
    all.put("lists", ListsCommand.class);
    all.put("decision", DecisionCommand.class);
    all.put("generate", GenerateCommand.class);
    all.put("ml", MlCommand.class);
    all.put("audit", AuditCommand.class);
    return Collections.unmodifiableMap(all);
  }

  /** Runs the command line and returns its exit code; used by tests too. */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /**
   * The command line for these arguments: when they start with a subcommand's name, the tree holds
   * that subcommand only (it parses, runs, and prints its help exactly as in the whole tree);
   * {@code --version} alone needs none; anything else ({@code --help}, {@code help COMMAND}, no
   * arguments, a misspelt command) gets the whole tree, so that the listing and the suggestions are
   * complete.
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
      return commandLine(List.of(SUBCOMMANDS.get(args[0])), false);
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return commandLine(List.of(), false);
    }
    return commandLine();
  }

  /** The whole tree: every subcommand and {@code help}. */
  static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.values(), true);
  }

  private static CommandLine commandLine(Collection<Class<?>> subcommands, boolean help) {
    CommandLine cli = new CommandLine(new Assay());
    for (Class<?> subcommand : subcommands) {
      // A CommandLine of its own, not the class: only picocli's public constructor applies the
      // commands' model transformers (ml's folded option lists), as the annotation path did.
      cli.addSubcommand(new CommandLine(subcommand));
    }
    if (help) {
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
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
