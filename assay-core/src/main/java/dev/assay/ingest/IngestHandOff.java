package dev.assay.ingest;

import dev.assay.declaration.Declaration;
import dev.assay.pipeline.HandOff;

/**
 * Delivers what an import produces to another listener on a second thread, in file order, so that
 * parsing and what follows it (screening, writing assessments) run on two cores. Declarations and
 * record errors travel the same queue, so the listener sees them in the order the file gives them,
 * as it would on one thread. Closing waits until the listener has taken everything and throws its
 * failure; a listener that fails stops the import at its next record.
 *
 * <pre>{@code
 * try (IngestHandOff screening = new IngestHandOff(listener, "assay-screen")) {
 *   summary = DeclarationReader.read(file, format, screening);
 * }
 * }</pre>
 */
public final class IngestHandOff implements IngestListener, AutoCloseable {
  private final HandOff<Object> handOff;

  public IngestHandOff(IngestListener listener, String threadName) {
    this.handOff = new HandOff<>(item -> deliver(listener, item), threadName);
  }

  private static void deliver(IngestListener listener, Object item) {
    if (item instanceof Declaration declaration) {
      listener.accepted(declaration);
    } else {
      listener.rejected((RecordError) item);
    }
  }

  @Override
  public void accepted(Declaration declaration) {
    handOff.accept(declaration);
  }

  @Override
  public void rejected(RecordError error) {
    handOff.accept(error);
  }

  /** Waits until the listener has taken everything; throws its failure if it failed. */
  @Override
  public void close() {
    handOff.close();
  }
}
