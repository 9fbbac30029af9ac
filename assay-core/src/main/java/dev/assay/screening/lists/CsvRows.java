package dev.assay.screening.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a CSV list file with FastCSV, by column name when it has a header row. Rows come with their
 * line number so every rejection can name it.
 */
final class CsvRows {
  private CsvRows() {}

  /** One row: its fields by column, and the line it starts on. */
  record Row(long line, Map<String, Integer> columns, List<String> fields) {
    String get(String column) {
      Integer i = columns.get(column);
      return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }

    String at(int index) {
      return index < fields.size() ? fields.get(index).strip() : "";
    }
  }

  /**
   * Reads a file with a header row; fails with a clear message when a required column is missing.
   */
  static void withHeader(Reader in, String file, List<String> required, Consumer<Row> rows) {
    try (CsvReader<CsvRecord> csv = reader(in)) {
      Map<String, Integer> columns = null;
      for (CsvRecord record : csv) {
        if (columns == null) {
          columns = new HashMap<>();
          for (int i = 0; i < record.getFieldCount(); i++) {
            columns.put(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
          }
          List<String> missing = new ArrayList<>();
          for (String r : required) {
            if (!columns.containsKey(r)) {
              missing.add(r);
            }
          }
          if (!missing.isEmpty()) {
            throw new ListFileException(
                file
                    + ": header lacks column(s) "
                    + String.join(", ", missing)
                    + "; expected at least "
                    + String.join(",", required));
          }
          continue;
        }
        if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
          continue;
        }
        rows.accept(new Row(record.getStartingLineNumber(), columns, record.getFields()));
      }
      if (columns == null) {
        throw new ListFileException(file + ": empty file, expected a header row");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new ListFileException(file + ": not valid CSV: " + e.getMessage(), e);
    }
  }

  /** Reads a file without a header row (OFAC's legacy CSV). */
  static void withoutHeader(Reader in, String file, Consumer<Row> rows) {
    try (CsvReader<CsvRecord> csv = reader(in)) {
      for (CsvRecord record : csv) {
        rows.accept(new Row(record.getStartingLineNumber(), Map.of(), record.getFields()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new ListFileException(file + ": not valid CSV: " + e.getMessage(), e);
    }
  }

  private static CsvReader<CsvRecord> reader(Reader in) {
    return CsvReader.builder()
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .detectBomHeader(false)
        .ofCsvRecord(in);
  }
}
