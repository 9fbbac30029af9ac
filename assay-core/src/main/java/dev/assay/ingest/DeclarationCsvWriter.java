package dev.assay.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes declarations in the flat CSV contract: a header row, then one row per goods line with the
 * declaration-level fields repeated on each. The label columns ({@code outcome}, {@code typology})
 * are written only when asked for, so that screening data carries no labels by accident. What it
 * writes, {@link DeclarationReader} reads back to equal declarations.
 */
public final class DeclarationCsvWriter implements Closeable, Flushable {
  private final CsvWriter csv;
  private final List<Column> columns;

  /** Writes the header row at once. */
  public DeclarationCsvWriter(Writer out, boolean withLabels) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    this.columns = columnsOf(withLabels);
    List<String> names = new ArrayList<>(columns.size());
    for (Column column : columns) {
      names.add(column.csvName());
    }
    csv.writeRecord(names);
  }

  /** Creates or replaces a UTF-8 file. */
  public static DeclarationCsvWriter open(Path file, boolean withLabels) throws IOException {
    return new DeclarationCsvWriter(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8), withLabels);
  }

  /** The header this writer writes, in order. */
  public static List<String> header(boolean withLabels) {
    return columnsOf(withLabels).stream().map(Column::csvName).toList();
  }

  private static List<Column> columnsOf(boolean withLabels) {
    List<Column> columns = new ArrayList<>();
    for (Column column : Column.values()) {
      if (withLabels || !column.isLabel()) {
        columns.add(column);
      }
    }
    return List.copyOf(columns);
  }

  /**
   * Writes one row per goods line. The declaration-level fields are formatted once and repeated,
   * since a declaration's rows carry the same text for them.
   */
  public void write(Declaration declaration) {
    if (declaration.lines().isEmpty()) {
      return;
    }
    String[] row = new String[columns.size()];
    GoodsLine first = declaration.lines().getFirst();
    for (int i = 0; i < row.length; i++) {
      if (columns.get(i).level() != Column.Level.LINE) {
        row[i] = ContractText.of(columns.get(i), declaration, first);
      }
    }
    for (GoodsLine line : declaration.lines()) {
      for (int i = 0; i < row.length; i++) {
        if (columns.get(i).level() == Column.Level.LINE) {
          row[i] = ContractText.of(columns.get(i), declaration, line);
        }
      }
      csv.writeRecord(row);
    }
  }

  @Override
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
