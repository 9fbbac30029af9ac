package dev.assay.ml.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.assay.ml.schema.ColumnSpec;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.ml.schema.SchemaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads any CSV with a header row into a {@link Dataset}, as its schema describes the columns. */
public final class CsvDatasetReader {
  private CsvDatasetReader() {}

  public static Dataset read(Path file, DatasetSchema schema) {
    DataReport report = new DataReport();
    RowBuilder builder = new RowBuilder(schema, report);
    List<Row> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofNamedCsvRecord(file)) {
      boolean checked = false;
      for (NamedCsvRecord record : csv) {
        if (!checked) {
          checkHeader(record.getHeader(), schema, file);
          checked = true;
        }
        Row row =
            builder.build(
                record.getStartingLineNumber(), name -> record.findField(name).orElse(null));
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows.sort(Comparator.comparingInt(Row::day));
    return new Dataset(schema, rows, report);
  }

  private static void checkHeader(List<String> header, DatasetSchema schema, Path file) {
    Set<String> present = new HashSet<>(header);
    List<String> absent = new ArrayList<>();
    for (ColumnSpec c : schema.columns()) {
      if (c.derived()) {
        for (String factor : c.product()) {
          if (!present.contains(factor) && !absent.contains(factor)) {
            absent.add(factor);
          }
        }
      } else if (!present.contains(c.name())) {
        absent.add(c.name());
      }
    }
    if (!absent.isEmpty()) {
      throw new SchemaException(
          file + ": the header lacks the schema's columns " + absent + "; it has " + header);
    }
  }
}
