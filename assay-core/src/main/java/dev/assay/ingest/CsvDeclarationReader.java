package dev.assay.ingest;

import dev.assay.declaration.GoodsLine;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the flat CSV contract: one row per goods line, consecutive rows with the same declaration
 * id forming one declaration, which is delivered as soon as the next declaration starts. Only the
 * declaration being assembled is held in memory, plus a hash of every id seen to catch an id that
 * comes back later in the file.
 */
final class CsvDeclarationReader {
  /** Customs declarations carry at most 50 items; this leaves room for other sources. */
  static final int MAX_LINES_PER_DECLARATION = 999;

  private static final List<Column> SHARED = Column.sharedByRows();

  private final CsvTokenizer tokenizer;
  private final Tally tally;
  private final SeenIds seenIds = new SeenIds();
  private final RepeatedValues parsed = new RepeatedValues();
  private CsvHeader header;

  // The declaration being assembled.
  private String currentId;
  private boolean repeated;
  private boolean bad;
  private long referenceLine;
  private String[] referenceText;
  private DeclarationPart part;
  private final List<GoodsLine> lines = new ArrayList<>();
  private final LineNumbers lineNos = new LineNumbers();
  private int rowCount;

  private final DateWindow window;

  CsvDeclarationReader(Reader in, IngestListener listener, DateWindow window) {
    this.tokenizer = new CsvTokenizer(in);
    this.tally = new Tally(listener);
    this.window = window;
  }

  IngestSummary read() throws IOException {
    CsvRow first = tokenizer.next();
    while (first != null && first.fields().size() == 1 && first.fields().get(0).isBlank()) {
      first = tokenizer.next();
    }
    if (first == null) {
      throw new IngestException("the file is empty: a CSV header row is required");
    }
    header = CsvHeader.of(first);
    for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
      if (row.problem() == null && row.fields().size() == 1 && row.fields().get(0).isBlank()) {
        continue;
      }
      tally.recordRead();
      accept(row);
    }
    finishCurrent();
    return tally.summary();
  }

  private void accept(CsvRow row) {
    String id = header.text(row, Column.DECLARATION_ID);
    if (id.isEmpty() || (!row.plainText() && FieldValues.textProblem(id) != null)) {
      rejectOrphan(row, id);
      return;
    }
    if (!id.equals(currentId)) {
      finishCurrent();
      begin(id);
    }
    ErrorCollector errors = new ErrorCollector(row.line(), id);
    if (repeated) {
      errors.add(
          Column.DECLARATION_ID.csvName(),
          id,
          "this declaration id already appeared earlier in the file; the rows of a declaration"
              + " must be consecutive (the earlier declaration stands)");
      reject(errors);
      reportSwallowed(row, id);
      return;
    }
    if (structuralProblem(row, errors)) {
      reject(errors);
      reportSwallowed(row, id);
      return;
    }
    // Ignored columns are not validated, but bytes that are not text make the record suspect.
    if (!row.plainText()) {
      for (int position : header.unknownPositions()) {
        String text = row.fields().get(position);
        String problem = FieldValues.textProblem(text);
        if (problem != null) {
          errors.add(header.nameAt(position), text, problem);
        }
      }
    }
    FieldSource source = header.source(row);
    if (referenceText == null) {
      referenceLine = row.line();
      referenceText = new String[SHARED.size()];
      for (int i = 0; i < SHARED.size(); i++) {
        referenceText[i] = header.text(row, SHARED.get(i));
      }
      part = RecordParser.declarationPart(source, errors, window, parsed);
    } else {
      for (int i = 0; i < SHARED.size(); i++) {
        String text = header.text(row, SHARED.get(i));
        if (!text.equals(referenceText[i])) {
          errors.add(
              SHARED.get(i).csvName(),
              text,
              "differs from '"
                  + RecordError.printable(referenceText[i], RecordError.MAX_VALUE_CHARS)
                  + "' on line "
                  + referenceLine
                  + ", the declaration's first row; declaration-level fields must agree");
        }
      }
    }
    GoodsLine line = RecordParser.goodsLine(source, errors);
    rowCount++;
    if (line != null) {
      long earlier =
          lineNos.size() <= MAX_LINES_PER_DECLARATION
              ? lineNos.putIfAbsent(line.lineNo(), row.line())
              : -1;
      if (earlier >= 0) {
        errors.add(
            Column.LINE_NO.csvName(),
            header.text(row, Column.LINE_NO),
            "line number " + line.lineNo() + " already used on line " + earlier);
      }
    }
    if (rowCount == MAX_LINES_PER_DECLARATION + 1) {
      errors.add(
          "",
          "",
          "a declaration has at most "
              + MAX_LINES_PER_DECLARATION
              + " goods lines; this is one more");
    }
    if (!errors.isEmpty()) {
      reject(errors);
      reportSwallowed(row, id);
    } else if (!bad) {
      lines.add(line);
    }
  }

  /**
   * A rejected record that a quoted field ran across lines may hold the rows of other declarations,
   * merged into it by a missing or extra quote: each of them is reported and rejected, so that no
   * declaration vanishes. The last one stays the declaration being assembled, so that its rows
   * after the record are rejected with it rather than counted again.
   */
  private void reportSwallowed(CsvRow row, String ownId) {
    String last = ownId;
    for (CsvRow.Swallowed s : row.swallowed()) {
      tally.recordRead();
      String id = s.firstField().strip();
      if (id.isEmpty() || id.equals(last) || FieldValues.textProblem(id) != null) {
        continue;
      }
      tally.report(
          new RecordError(
              s.line(),
              id,
              "",
              "",
              "this row is inside a quoted field opened on line "
                  + row.line()
                  + " (a quote missing or extra there), so it was read as text of that field;"
                  + " the declaration is rejected"));
      finishCurrent();
      begin(id);
      bad = true;
      last = id;
    }
  }

  /** Reports a row that is broken as a whole; true if it was. */
  private boolean structuralProblem(CsvRow row, ErrorCollector errors) {
    if (row.problem() != null) {
      int at = row.problemField();
      errors.add(
          at < 0 ? "" : header.nameAt(at),
          at < 0 || at >= row.fields().size() ? "" : row.fields().get(at),
          row.problem());
    } else if (row.fields().size() != header.width()) {
      errors.add(
          "",
          "",
          "the row has "
              + row.fields().size()
              + " field"
              + (row.fields().size() == 1 ? "" : "s")
              + ", the header has "
              + header.width());
    } else if (row.overlongField() >= 0) {
      errors.add(
          header.nameAt(row.overlongField()),
          row.fields().get(row.overlongField()),
          "longer than " + CsvTokenizer.MAX_FIELD_CHARS + " characters");
    } else {
      return false;
    }
    return true;
  }

  /** A row that names no usable declaration id: rejected on its own, with all its errors. */
  private void rejectOrphan(CsvRow row, String id) {
    ErrorCollector errors = new ErrorCollector(row.line(), "");
    boolean structural = structuralProblem(row, errors);
    if (!structural) {
      FieldSource source = header.source(row);
      FieldValues values = new FieldValues(source, errors);
      values.text(Column.DECLARATION_ID);
      RecordParser.declarationPart(source, errors, window, parsed);
      RecordParser.goodsLine(source, errors);
    } else if (!id.isEmpty()) {
      new FieldValues(header.source(row), errors).text(Column.DECLARATION_ID);
    }
    tally.reportAll(errors);
    tally.declarationRejected();
    if (structural) {
      reportSwallowed(row, "");
    }
  }

  private void reject(ErrorCollector errors) {
    tally.reportAll(errors);
    bad = true;
    lines.clear();
  }

  private void begin(String id) {
    currentId = id;
    repeated = !seenIds.add(id);
    bad = false;
    referenceText = null;
    part = null;
    lines.clear();
    lineNos.clear();
    rowCount = 0;
  }

  private void finishCurrent() {
    if (currentId == null) {
      return;
    }
    if (bad || repeated || part == null) {
      tally.declarationRejected();
    } else {
      tally.accept(part.complete(currentId, lines));
    }
    currentId = null;
    lines.clear();
    lineNos.clear();
  }
}
