package dev.assay.evaluation;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the labels of a ground-truth file (as {@code assay generate --truth} writes it): one row
 * per declaration with at least the columns {@code declaration_id}, {@code outcome} and {@code
 * typology}; other columns are ignored.
 */
public final class TruthFile {
  private TruthFile() {}

  /**
   * The label of every declaration of the file, by declaration id.
   *
   * @throws IllegalArgumentException naming the file, line and field of the first bad row
   */
  public static Map<String, Label> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read truth file " + file, e);
    }
  }

  static Map<String, Label> read(Reader in, String name) {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(in)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new IllegalArgumentException(name + ": empty; a header row is required");
      }
      List<String> header = records.next().getFields();
      int id = column(header, "declaration_id", name);
      int outcome = column(header, "outcome", name);
      int typology = header.indexOf("typology");
      Map<String, Label> labels = new HashMap<>();
      while (records.hasNext()) {
        CsvRecord r = records.next();
        String where = name + ", line " + r.getStartingLineNumber();
        String declarationId = field(r, id);
        if (declarationId.isEmpty()) {
          throw new IllegalArgumentException(where + ", field declaration_id: empty");
        }
        Outcome o;
        try {
          o = Outcome.valueOf(field(r, outcome).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              where
                  + ", declaration "
                  + declarationId
                  + ", field outcome, value '"
                  + field(r, outcome)
                  + "': CLEAN or VIOLATION",
              e);
        }
        String t = typology < 0 ? "" : field(r, typology);
        labels.put(declarationId, new Label(o, t.isEmpty() ? Optional.empty() : Optional.of(t)));
      }
      return labels;
    } catch (CsvParseException e) {
      throw new IllegalArgumentException(name + ": not readable CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int column(List<String> header, String column, String name) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(name + ": no column '" + column + "' in the header");
    }
    return i;
  }

  private static String field(CsvRecord r, int index) {
    return index < r.getFieldCount() ? r.getField(index).trim() : "";
  }
}
