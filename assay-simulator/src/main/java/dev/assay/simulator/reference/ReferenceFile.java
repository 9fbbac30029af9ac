package dev.assay.simulator.reference;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the simulator's reference data files (CSV with a header and {@code #} comment lines), read
 * into rows whose fields are looked up by column name. A bad value fails loudly, naming the file,
 * the line and the column: reference data is shipped with the code and must be right.
 */
public final class ReferenceFile {
  static final String FOLDER = "dev/assay/simulator/reference/";

  private final String name;
  private final List<Row> rows;

  private ReferenceFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /** Reads a file of the simulator's reference folder on the classpath. */
  public static ReferenceFile read(String fileName) {
    return read(FOLDER + fileName, fileName);
  }

  /**
   * Reads a reference file from anywhere on the classpath (such as a list assay-core ships).
   *
   * @param resource the path on the classpath, without a leading slash
   * @param fileName the name that errors give
   */
  public static ReferenceFile read(String resource, String fileName) {
    try (InputStream in = ReferenceFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference file missing from the classpath: " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Row> rows = new ArrayList<>();
      try (CsvReader<NamedCsvRecord> csv =
          CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofNamedCsvRecord(text)) {
        for (NamedCsvRecord record : csv) {
          rows.add(new Row(fileName, record));
        }
      }
      return new ReferenceFile(fileName, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /** One row: fields by column name, converted with an error that says where. */
  public record Row(String file, NamedCsvRecord record) {
    public String text(String column) {
      try {
        return record.getField(column).strip();
      } catch (RuntimeException e) {
        throw problem(column, "missing column");
      }
    }

    public double number(String column) {
      String value = text(column);
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw problem(column, "not a number: '" + value + "'");
      }
    }

    /** An ISO date, or null where the field is empty (an open end). */
    public LocalDate dateOrNull(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (RuntimeException e) {
        throw problem(column, "not an ISO date: '" + value + "'");
      }
    }

    /** A ';'-separated list; empty for an empty field. */
    public List<String> list(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (String item : value.split(";")) {
        items.add(item.strip());
      }
      return List.copyOf(items);
    }

    public IllegalStateException problem(String column, String reason) {
      return new IllegalStateException(
          file + " line " + record.getStartingLineNumber() + ", column " + column + ": " + reason);
    }
  }
}
