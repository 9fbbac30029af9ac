package dev.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The declarations {@code evaluate} and {@code backtest} replay, where their labels come from and
 * where the JSON report goes: reads the file, hands each declaration with its label to the command,
 * and reports rejected records on stderr. The label of a declaration comes from the truth file
 * where one is given (it wins), else from the file's own {@code outcome} and {@code typology}
 * columns.
 */
final class ReplayInput {
  private static final int ERRORS_SHOWN = 20;

  @Parameters(
      paramLabel = "FILE",
      description = "Declarations (CSV, NDJSON or JSON), labelled where they carry an outcome.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "CSV, NDJSON or JSON.")
  Format format;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "Ground truth per declaration (declaration_id, outcome, typology).")
  Path truth;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path json;

  /** The truth file's labels by declaration id, where one is given. */
  Optional<Map<String, Label>> labels() {
    return truth(truth);
  }

  /** Writes the report as JSON where {@code --json} asks for it. */
  void writeJson(JsonNode report) {
    if (json != null) {
      ReportJson.write(json, report);
    }
  }

  IngestSummary replay(
      Optional<Map<String, Label>> labels,
      PrintWriter err,
      BiConsumer<Declaration, Optional<Label>> each) {
    return replay(file, format, labels, err, each);
  }

  private static Optional<Map<String, Label>> truth(Path file) {
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

  private static IngestSummary replay(
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
