package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The output choice of the analysis commands: an aligned table for reading (default), the result
 * records as JSON ({@code --json}, snake_case names) or the table as CSV ({@code --csv}).
 */
final class TabularOutput {
  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--csv", description = "Print the table as CSV (header row, UTF-8).")
  boolean csv;

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  void check() {
    if (json && csv) {
      throw new UserInputException("--json and --csv exclude each other");
    }
  }

  /**
   * Writes a result: its records as JSON with {@code --json}, else a table of one row per record
   * ({@code cells} gives a record's cells in the header's order), as CSV or aligned.
   */
  <T> void write(
      PrintWriter out,
      List<T> records,
      List<String> header,
      java.util.function.Function<T, Object[]> cells) {
    if (json) {
      writeJson(out, records);
      return;
    }
    Table table = new Table(header);
    records.forEach(r -> table.add(cells.apply(r)));
    print(out, table);
  }

  /** Whether the output is the aligned table for people (notes under it belong to it alone). */
  boolean readable() {
    return !json && !csv;
  }

  /** Writes the table: CSV with {@code --csv}, else aligned for reading. */
  void print(PrintWriter out, Table table) {
    if (csv) {
      writeCsv(out, table);
    } else {
      writeText(out, table);
    }
  }

  /**
   * A number's cell: the number itself with {@code --csv} (for machines to read), else as {@code
   * format} writes it for people (thousands separators, percent signs); an empty cell where there
   * is no number (null or NaN).
   */
  Object cell(Double value, java.util.function.Function<Double, String> format) {
    if (value == null || value.isNaN()) {
      return csv ? null : format.apply(value);
    }
    return csv ? value : format.apply(value);
  }

  /** Writes a JSON document of the result (records, lists, maps). */
  static void writeJson(PrintWriter out, Object result) {
    try {
      out.println(MAPPER.writeValueAsString(result));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON", e);
    }
  }

  /** A table: a header and rows of cells already formatted. */
  record Table(List<String> header, List<List<String>> rows) {
    Table(List<String> header) {
      this(header, new ArrayList<>());
    }

    void add(Object... cells) {
      List<String> row = new ArrayList<>();
      for (Object c : cells) {
        row.add(c == null ? "" : c.toString());
      }
      rows.add(row);
    }
  }

  static void writeCsv(PrintWriter out, Table table) {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(table.header());
    table.rows().forEach(csv::writeRecord);
    // The CSV writer buffers: without its own flush the end of the table (or all of a small one)
    // never reached the output.
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.flush();
  }

  static void writeText(PrintWriter out, Table table) {
    int[] widths = new int[table.header().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = table.header().get(i).length();
      for (List<String> row : table.rows()) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    print(out, table.header(), widths);
    for (List<String> row : table.rows()) {
      print(out, row, widths);
    }
  }

  private static void print(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean number = cell.matches("[-+]?[0-9.,]+%?");
      String padded =
          number
              ? " ".repeat(widths[i] - cell.length()) + cell
              : cell + " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(padded);
    }
    out.println(line.toString().stripTrailing());
  }

  static String percent(Double fraction) {
    return fraction == null || fraction.isNaN()
        ? ""
        : String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
  }

  static String share(double fraction) {
    return Double.isNaN(fraction) ? "" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
