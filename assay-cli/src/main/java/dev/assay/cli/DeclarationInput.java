package dev.assay.cli;

import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the declarations a screening command was given: a file, or standard input for '-'. */
final class DeclarationInput {
  private DeclarationInput() {}

  /**
   * @param format the format asked for, or null to detect it from the file (CSV on standard input)
   */
  static IngestSummary read(String file, Format format, IngestListener listener) {
    if (file.equals("-")) {
      return DeclarationReader.read(System.in, format == null ? Format.CSV : format, listener);
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new UserInputException("no such file: " + file);
    }
    return DeclarationReader.read(path, format == null ? Format.detect(path) : format, listener);
  }
}
