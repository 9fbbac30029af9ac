package dev.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Imports declarations from a CSV, NDJSON or JSON file, streaming: each declaration is delivered to
 * the listener as soon as it is complete and valid, in file order, and each problem as a {@link
 * RecordError} naming line, declaration and field. Memory stays flat whatever the size of the file.
 * Only a file that cannot be read at all (unreadable, no or incomplete header, not CSV or JSON, or
 * broken beyond resynchronisation) throws an {@link IngestException}.
 */
public final class DeclarationReader {
  private DeclarationReader() {}

  public static IngestSummary read(Path file, Format format, IngestListener listener) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new IngestException("cannot read " + file + ": " + describe(e), e);
    }
    try (in) {
      return read(in, format, listener);
    } catch (IOException e) {
      throw new IngestException("cannot read " + file + ": " + describe(e), e);
    }
  }

  /** Reads a stream to its end; the caller closes it. */
  public static IngestSummary read(InputStream in, Format format, IngestListener listener) {
    try {
      DateWindow window = DateWindow.configured();
      Reader text = TextInput.open(in);
      return switch (format) {
        case CSV -> new CsvDeclarationReader(text, listener, window).read();
        case NDJSON -> new NdjsonDeclarationReader(text, listener, window).read();
        case JSON -> new JsonDeclarationReader(text, listener, window).read();
      };
    } catch (IOException e) {
      throw new IngestException("cannot read the input: " + describe(e), e);
    } catch (UncheckedIOException e) {
      throw new IngestException("cannot read the input: " + describe(e.getCause()), e);
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
