package dev.assay.intelligence.supply;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Reads a shipped reference CSV of this package, failing loudly with file and line. */
final class ReferenceCsv {
  private ReferenceCsv() {}

  static <T> List<T> read(String resource, Function<NamedCsvRecord, T> row) {
    try (InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      try (CsvReader<NamedCsvRecord> csv =
          CsvReader.builder()
              .commentStrategy(CommentStrategy.SKIP)
              .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return csv.stream()
            .map(
                r -> {
                  try {
                    return row.apply(r);
                  } catch (RuntimeException e) {
                    throw new IllegalStateException(
                        resource + " line " + r.getStartingLineNumber() + ": " + e.getMessage(), e);
                  }
                })
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
