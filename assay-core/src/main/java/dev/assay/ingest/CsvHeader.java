package dev.assay.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each contract column is in a CSV file, read from its header row. Columns may come in any
 * order, names are matched ignoring case and surrounding blanks, unknown columns are ignored, and a
 * column whose value may be empty may be left out.
 */
final class CsvHeader {
  private final Map<Column, Integer> index;
  private final List<String> names;
  private final int[] unknownPositions;

  /** The field position of each column by its ordinal, -1 where the file lacks it. */
  private final int[] positions;

  private CsvHeader(Map<Column, Integer> index, List<String> names) {
    this.index = index;
    this.names = names;
    this.positions = new int[Column.values().length];
    for (Column column : Column.values()) {
      positions[column.ordinal()] = index.getOrDefault(column, -1);
    }
    this.unknownPositions =
        java.util.stream.IntStream.range(0, names.size())
            .filter(i -> !index.containsValue(i))
            .toArray();
  }

  /** Positions of the columns that are not part of the contract. */
  int[] unknownPositions() {
    return unknownPositions;
  }

  /** Reads the header row; throws when it is not one or lacks required columns. */
  static CsvHeader of(CsvRow row) {
    if (row.problem() != null || row.overlongField() >= 0) {
      throw new IngestException(
          "line 1: not a declaration CSV file: the header row is unreadable ("
              + (row.problem() != null ? row.problem() : "a column name is far too long")
              + ")");
    }
    List<String> names = new ArrayList<>();
    for (String field : row.fields()) {
      String problem = FieldValues.textProblem(field);
      if (problem != null) {
        throw new IngestException(
            "line "
                + row.line()
                + ": not a CSV text file: column "
                + (names.size() + 1)
                + " of the header row: "
                + problem);
      }
      names.add(field.strip().toLowerCase(Locale.ROOT));
    }
    Map<Column, Integer> index = new EnumMap<>(Column.class);
    for (int i = 0; i < names.size(); i++) {
      for (Column column : Column.values()) {
        if (column.csvName().equals(names.get(i)) && index.putIfAbsent(column, i) != null) {
          throw new IngestException(
              "line "
                  + row.line()
                  + ": column "
                  + column.csvName()
                  + " appears twice in the header row");
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (column.isRequired() && !index.containsKey(column)) {
        missing.add(column.csvName());
      }
    }
    if (index.isEmpty()) {
      throw new IngestException(
          "line "
              + row.line()
              + ": not a declaration CSV file: the first row is not a header naming the contract's"
              + " columns; required columns are "
              + String.join(", ", missing));
    }
    if (!missing.isEmpty()) {
      throw new IngestException(
          "line "
              + row.line()
              + ": the header row lacks required column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing));
    }
    return new CsvHeader(index, names);
  }

  int width() {
    return names.size();
  }

  /** The column's field of a row, stripped; "" when the file has no such column. */
  String text(CsvRow row, Column column) {
    int i = positions[column.ordinal()];
    if (i < 0 || i >= row.fields().size()) {
      return "";
    }
    return strip(row.fields().get(i));
  }

  /**
   * {@link String#strip}, without its call where the text is empty or neither end can be blank, as
   * for nearly every field: a row's fields are read here once or twice each, and stripping took 7%
   * of the samples of parsing.
   */
  static String strip(String text) {
    int last = text.length() - 1;
    if (last < 0 || (!mayBeBlank(text.charAt(0)) && !mayBeBlank(text.charAt(last)))) {
      return text;
    }
    return text.strip();
  }

  /**
   * False only where {@link Character#isWhitespace} is: printable ASCII without the space cheaply,
   * the rest as Java says (a surrogate is never whitespace, nor the code point it is part of).
   */
  private static boolean mayBeBlank(char c) {
    return c <= ' ' || (c >= 0x7F && Character.isWhitespace(c));
  }

  /** The header name of the field at a position, for errors about fields that are not ours. */
  String nameAt(int position) {
    return position < names.size() ? names.get(position) : "column " + (position + 1);
  }

  /** The row as a field source for validation. */
  FieldSource source(CsvRow row) {
    return new FieldSource() {
      @Override
      public String text(Column column) {
        return CsvHeader.this.text(row, column);
      }

      @Override
      public String name(Column column) {
        return column.csvName();
      }

      @Override
      public boolean knownText() {
        return row.plainText();
      }
    };
  }
}
