package dev.assay.cli;

import dev.assay.controllist.ControlListException;
import dev.assay.ingest.IngestException;
import dev.assay.license.LicensingException;
import dev.assay.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and the documented exit code. Input problems are the
 * user's to fix and get no stack trace; anything else is a bug and says so. Every message is
 * printed through {@link Printable}, so that a value from a file cannot drive the terminal.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    var err = cli.getErr();
    if (e instanceof OutputException) {
      err.println("assay: " + Printable.of(e.getMessage()));
      return ExitCodes.OUTPUT_FAILED;
    }
    if (e instanceof IngestException
        || e instanceof ControlListException
        || e instanceof UserInputException
        || e instanceof LicensingException) {
      err.println("assay: " + Printable.of(e.getMessage()));
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof StoreException store) {
      err.println("assay: " + Printable.of(DatabaseOptions.described(store)));
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof UncheckedIOException io && io.getCause() instanceof NoSuchFileException nf) {
      err.println("assay: no such file: " + Printable.of(nf.getFile()));
      return ExitCodes.INVALID_INPUT;
    }
    IOException io =
        e instanceof IOException direct
            ? direct
            : e instanceof UncheckedIOException unchecked ? unchecked.getCause() : null;
    if (io != null) {
      // An ordinary file problem (a directory, no permission, a full disk), not a bug.
      err.println("assay: " + Printable.of(Outputs.reason(io)));
      return ExitCodes.INVALID_INPUT;
    }
    err.println("assay: internal error: " + Printable.of(String.valueOf(e)));
    if (System.getenv("ASSAY_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set ASSAY_DEBUG=1 for the stack trace)");
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  /**
   * Runs the command picocli parsed, then checks what picocli cannot: an unknown subcommand given
   * with {@code --help} is a usage error, not a request for help; and output that standard output
   * could not take (PrintStream and PrintWriter swallow write errors) fails the command.
   */
  static int execute(ParseResult parsed) {
    CommandLine cli = parsed.commandSpec().commandLine();
    if (!parsed.unmatched().isEmpty() && parsed.isUsageHelpRequested()) {
      PrintWriter err = cli.getErr();
      err.println(
          "assay: unknown command or argument: "
              + Printable.of(String.join(" ", parsed.unmatched()))
              + " (see assay --help)");
      err.flush();
      return ExitCodes.USAGE;
    }
    int code = new CommandLine.RunLast().execute(parsed);
    if (outputFailed(cli)) {
      cli.getErr()
          .println(
              "assay: cannot write to standard output (disk full, or closed by its reader);"
                  + " the output is incomplete");
      cli.getErr().flush();
      return code == ExitCodes.OK || code == ExitCodes.PARTIAL ? ExitCodes.OUTPUT_FAILED : code;
    }
    return code;
  }

  private static boolean outputFailed(CommandLine top) {
    // Subcommands share the top command's writer unless a test gave them their own.
    boolean failed = top.getOut().checkError() || System.out.checkError();
    for (CommandLine sub : top.getSubcommands().values()) {
      failed |= sub.getOut() != top.getOut() && sub.getOut().checkError();
    }
    return failed;
  }
}
