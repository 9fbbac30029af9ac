package dev.assay.cli;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import dev.assay.ingest.RecordError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay validate}: reads declarations and checks them against the import contract, exactly
 * as {@code screen} would, without screening them: the errors, the rejects file and the exit codes
 * are those of {@code screen}. A check before a long run, and the parse-only baseline of the CLI.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a file of declarations against the import contract without screening it: every"
          + " record is parsed and validated as `assay screen` would, and every bad record is"
          + " reported on stderr with line, field, value and reason.",
      "Nothing is written to standard output; a summary ends on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record is valid",
      "1:internal error",
      "2:usage error",
      "3:invalid input: the file cannot be read as declarations",
      "4:some records were rejected (the others are valid)",
      "5:the --rejects file could not be written"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Declarations in the CSV contract, NDJSON or JSON; '-' reads standard input.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Input format: ${COMPLETION-CANDIDATES}. Default: detected from the file name or its"
              + " first line.")
  Format format;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Also write every rejected record as JSON Lines (line, declaration, field, value, reason).")
  Path rejects;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on stderr; errors are still reported.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    IngestSummary ingest;
    try (RejectReport rejected = new RejectReport(err, rejects)) {
      ingest =
          DeclarationInput.read(
              file,
              format,
              new IngestListener() {
                @Override
                public void accepted(Declaration declaration) {}

                @Override
                public void rejected(RecordError error) {
                  rejected.rejected(error);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      throw Outputs.failed(String.valueOf(rejects), e);
    }
    if (!quiet) {
      err.printf(
          Locale.ROOT,
          "Validated %,d declarations in %.1f s: %,d valid, %,d rejected (%,d records read, %,d"
              + " errors)%n",
          ingest.declarationsAccepted() + ingest.declarationsRejected(),
          (System.nanoTime() - started) / 1e9,
          ingest.declarationsAccepted(),
          ingest.declarationsRejected(),
          ingest.recordsRead(),
          ingest.errors());
    }
    err.flush();
    return ingest.declarationsRejected() > 0 || ingest.errors() > 0
        ? ExitCodes.PARTIAL
        : ExitCodes.OK;
  }
}
