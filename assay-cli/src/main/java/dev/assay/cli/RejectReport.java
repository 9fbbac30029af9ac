package dev.assay.cli;

import dev.assay.ingest.RecordError;
import dev.assay.report.RejectWriter;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where the rejected records of {@code screen} and {@code validate} go: the first few on stderr,
 * every one to the {@code --rejects} file when one is given.
 */
final class RejectReport implements AutoCloseable {
  private static final int ERRORS_SHOWN = 20;

  private final PrintWriter err;
  private final Path file;
  private final RejectWriter writer;
  private long shown;

  RejectReport(PrintWriter err, Path file) {
    this.err = err;
    this.file = file;
    this.writer = file == null ? null : new RejectWriter(Outputs.open(file));
  }

  void rejected(RecordError error) {
    if (writer != null) {
      writer.write(error);
    }
    if (shown++ < ERRORS_SHOWN) {
      err.println("rejected: " + error.describe());
    } else if (shown == ERRORS_SHOWN + 1) {
      err.println(
          "rejected: (more errors not shown"
              + (file == null
                  ? "; use --rejects FILE to get them all)"
                  : "; all are in " + file + ")"));
    }
  }

  @Override
  public void close() {
    if (writer != null) {
      writer.close();
    }
  }
}
