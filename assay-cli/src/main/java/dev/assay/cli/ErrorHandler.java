package dev.assay.cli;

import dev.assay.ingest.IngestException;
import dev.assay.license.LicensingException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and the documented exit code. Input problems are the
 * user's to fix and get no stack trace; anything else is a bug and says so.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    var err = cli.getErr();
    if (e instanceof IngestException
        || e instanceof UserInputException
        || e instanceof LicensingException) {
      err.println("assay: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof UncheckedIOException io && io.getCause() instanceof NoSuchFileException nf) {
      err.println("assay: no such file: " + nf.getFile());
      return ExitCodes.INVALID_INPUT;
    }
    err.println("assay: internal error: " + e);
    if (System.getenv("ASSAY_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set ASSAY_DEBUG=1 for the stack trace)");
    }
    return ExitCodes.INTERNAL_ERROR;
  }
}
