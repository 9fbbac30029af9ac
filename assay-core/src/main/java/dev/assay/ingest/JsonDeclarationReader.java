package dev.assay.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads JSON: a top-level array of declaration objects, or one (or several consecutive) declaration
 * objects. The array is streamed with Jackson's token API, one declaration at a time, never read
 * whole. A declaration object with bad fields is a record error; a syntax error cannot be
 * resynchronised in JSON, so it stops the import with an {@link IngestException} naming its line.
 */
final class JsonDeclarationReader {
  private final Reader in;
  private final Tally tally;
  private final JsonDeclarations declarations;
  private final BoundedTreeReader trees = new BoundedTreeReader();

  JsonDeclarationReader(Reader in, IngestListener listener, DateWindow window) {
    this.in = in;
    this.tally = new Tally(listener);
    this.declarations = new JsonDeclarations(tally, window);
  }

  IngestSummary read() throws IOException {
    try (JsonParser parser = JsonDeclarations.FACTORY.createParser(in)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IngestException(
            "the file is empty: expected a JSON array of declarations or a declaration object");
      }
      if (token == JsonToken.START_ARRAY) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          declaration(parser);
        }
        if (parser.nextToken() != null) {
          throw new IngestException(
              "line "
                  + parser.currentTokenLocation().getLineNr()
                  + ": more JSON after the end of the declaration array");
        }
      } else if (token == JsonToken.START_OBJECT) {
        for (; token != null; token = parser.nextToken()) {
          declaration(parser);
        }
      } else {
        throw new IngestException(
            "line "
                + parser.currentTokenLocation().getLineNr()
                + ": not JSON declarations: expected '[' or '{', found the single value "
                + RecordError.printable(parser.getText(), 20));
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position =
          where == null
              ? ""
              : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
      throw new IngestException(
          position
              + (tally.summary().recordsRead() == 0 ? "not JSON: " : "JSON syntax error: ")
              + RecordError.printable(JsonDeclarations.plainMessage(e), 300)
              + "; reading stopped here"
              + (tally.summary().recordsRead() == 0
                  ? ""
                  : ", the declarations before it were delivered"),
          e);
    }
    return tally.summary();
  }

  private void declaration(JsonParser parser) throws IOException {
    long line = parser.currentTokenLocation().getLineNr();
    tally.recordRead();
    JsonNode node = trees.read(parser);
    if (node == null) {
      tally.report(
          new RecordError(
              line,
              "",
              "",
              "",
              "the declaration is too large (over "
                  + BoundedTreeReader.MAX_VALUES
                  + " JSON values)"));
      tally.declarationRejected();
      return;
    }
    declarations.handle(node, line, trees);
  }
}
