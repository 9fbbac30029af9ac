package dev.assay.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads NDJSON: one declaration object per line. Each line is parsed on its own, so a broken line
 * is one record error and the next line parses normally. Blank lines are skipped. The first
 * non-blank line must at least start like a JSON object, or the input is not NDJSON at all.
 */
final class NdjsonDeclarationReader {
  private final LineReader lines;
  private final Tally tally;
  private final JsonDeclarations declarations;
  private final BoundedTreeReader trees = new BoundedTreeReader();

  NdjsonDeclarationReader(Reader in, IngestListener listener, DateWindow window) {
    this.lines = new LineReader(in);
    this.tally = new Tally(listener);
    this.declarations = new JsonDeclarations(tally, window);
  }

  IngestSummary read() throws IOException {
    boolean first = true;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      String text = line.text().strip();
      if (text.isEmpty() && !line.overlong()) {
        continue;
      }
      if (first && !text.startsWith("{")) {
        throw new IngestException(
            "line "
                + line.number()
                + ": not NDJSON: a line should hold one JSON object starting with '{', found '"
                + RecordError.printable(text, 20)
                + "'");
      }
      first = false;
      tally.recordRead();
      if (line.overlong()) {
        reject(
            line.number(), "the line is longer than " + LineReader.MAX_LINE_CHARS + " characters");
      } else {
        parse(line.number(), text);
      }
    }
    return tally.summary();
  }

  private void parse(long number, String text) throws IOException {
    JsonNode node;
    try (JsonParser parser = JsonDeclarations.FACTORY.createParser(text)) {
      parser.nextToken();
      node = trees.read(parser);
      if (node == null) {
        reject(
            number,
            "the declaration is too large (over " + BoundedTreeReader.MAX_VALUES + " JSON values)");
        return;
      }
      if (parser.nextToken() != null) {
        reject(number, "more than one JSON value on the line");
        return;
      }
    } catch (JsonProcessingException e) {
      String reason =
          text.indexOf('\uFFFD') >= 0
              ? FieldValues.INVALID_UTF8 + "; not valid JSON"
              : "not valid JSON: " + JsonDeclarations.plainMessage(e);
      reject(number, reason);
      return;
    }
    declarations.handle(node, number, trees);
  }

  private void reject(long number, String reason) {
    tally.report(new RecordError(number, "", "", "", reason));
    tally.declarationRejected();
  }
}
