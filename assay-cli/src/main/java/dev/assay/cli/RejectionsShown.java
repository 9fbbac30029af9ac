package dev.assay.cli;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Passes declarations on and prints each rejected record's error (record, field, reason) to the
 * error stream, the first {@value #SHOWN} of them: the analysis commands read whole files, and a
 * user must see why a record was left out of the figures.
 */
final class RejectionsShown implements IngestListener {
  static final int SHOWN = 20;

  private final Consumer<Declaration> accepted;
  private final IngestListener also;
  private final PrintWriter err;
  private long rejected;

  /**
   * @param also told of every rejection too (a listener that counts them), or null
   */
  RejectionsShown(Consumer<Declaration> accepted, IngestListener also, PrintWriter err) {
    this.accepted = accepted;
    this.also = also;
    this.err = err;
  }

  @Override
  public void accepted(Declaration declaration) {
    accepted.accept(declaration);
  }

  @Override
  public void rejected(RecordError error) {
    if (also != null) {
      also.rejected(error);
    }
    if (rejected++ < SHOWN) {
      err.println("rejected: " + error.describe());
    } else if (rejected == SHOWN + 1) {
      err.println("rejected: ... (only the first " + SHOWN + " are shown)");
    }
  }
}
