package dev.assay.cli;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import dev.assay.evaluation.TruthFile;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import dev.assay.ingest.RecordError;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Replays a declaration file for {@code evaluate} and {@code backtest}: reads it, hands each
 * declaration with its label to the command, and reports rejected records on stderr. The label of a
 * declaration comes from the truth file where one is given (it wins), else from the file's own
 * {@code outcome} and {@code typology} columns.
 */
final class LabelledRun {
  private static final int ERRORS_SHOWN = 20;

  private LabelledRun() {}

  static Optional<Map<String, Label>> truth(Path file) {
    if (file == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("--truth: no such file: " + file);
    }
    try {
      return Optional.of(TruthFile.read(file));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserInputException("truth: " + e.getMessage(), e);
    }
  }

  static IngestSummary replay(
      String file,
      Format format,
      Optional<Map<String, Label>> truth,
      PrintWriter err,
      BiConsumer<Declaration, Optional<Label>> each) {
    return DeclarationInput.read(
        file,
        format,
        new IngestListener() {
          long shown;

          @Override
          public void accepted(Declaration declaration) {
            Optional<Label> label =
                truth.isPresent()
                    ? Optional.ofNullable(truth.get().get(declaration.id()))
                    : declaration.label();
            each.accept(declaration, label);
          }

          @Override
          public void rejected(RecordError error) {
            if (shown++ < ERRORS_SHOWN) {
              err.println("rejected: " + error.describe());
            }
          }
        });
  }
}
