package dev.assay.cli;

import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestException;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the declarations a screening command was given: a file, standard input for '-', or a named
 * pipe or process substitution ({@code <(zcat big.csv.gz)}), which can be read only once.
 */
final class DeclarationInput {
  private DeclarationInput() {}

  /**
   * @param format the format asked for, or null to detect it: from the file name, else from the
   *     first line (also on standard input and pipes)
   */
  static IngestSummary read(String file, Format format, IngestListener listener) {
    if (file.equals("-")) {
      return readOnce(System.in, "standard input", format, listener);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new UserInputException(file + " is a directory; give a file of declarations");
    }
    if (!Files.exists(path)) {
      throw new UserInputException("no such file: " + file);
    }
    if (Files.isRegularFile(path)) {
      return DeclarationReader.read(path, format == null ? Format.detect(path) : format, listener);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readOnce(in, file, format == null ? Format.byName(path) : format, listener);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + file + ": " + Outputs.reason(e), e);
    }
  }

  private static IngestSummary readOnce(
      InputStream stream, String name, Format format, IngestListener listener) {
    InputStream in = new BufferedInputStream(stream, 1 << 16);
    Format chosen = format;
    if (chosen == null) {
      try {
        chosen = Format.detect(in);
      } catch (IOException e) {
        throw new IngestException("cannot read " + name + ": " + Outputs.reason(e), e);
      }
    }
    return DeclarationReader.read(in, chosen, listener);
  }
}
