package dev.assay.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds one JSON value from a token stream into a tree, the way Jackson's {@code readTree} does,
 * but refuses a value with more than {@value #MAX_VALUES} parts: the rest of it is skipped token by
 * token, so that one giant object costs a record error, not the heap. It also notes where a string
 * holds the replacement character of bytes that were not UTF-8, even in fields nobody reads.
 */
final class BoundedTreeReader {
  /** A declaration of 999 goods lines of ten fields each fits with room to spare. */
  static final int MAX_VALUES = 50_000;

  private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
  private int values;
  private int depth;
  private String brokenTextPath;
  private String duplicateKeyPath;
  private String startPath;

  /** Thrown inside the builder when the value is too large; never leaves this class. */
  private static final class TooLarge extends Exception {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the value whose first token is the parser's current token; {@code null} when it was too
   * large (the parser then stands on its last token, as after a full read).
   */
  JsonNode read(JsonParser parser) throws IOException {
    values = 0;
    depth = 0;
    brokenTextPath = null;
    duplicateKeyPath = null;
    startPath = JsonFieldSource.pathOf(parser.getParsingContext().pathAsPointer());
    try {
      return value(parser);
    } catch (TooLarge e) {
      if (parser.currentToken().isStructStart()) {
        parser.skipChildren();
      }
      while (depth > 0) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          return null;
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
      return null;
    }
  }

  /** The JSON path of the first string that held invalid UTF-8 in the last value read, or null. */
  String brokenTextPath() {
    return brokenTextPath;
  }

  /** The JSON path of the first key that appeared twice in one object of the last value read. */
  String duplicateKeyPath() {
    return duplicateKeyPath;
  }

  private JsonNode value(JsonParser parser) throws IOException, TooLarge {
    if (++values > MAX_VALUES) {
      throw new TooLarge();
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        depth++;
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          noteBrokenText(parser, name);
          if (duplicateKeyPath == null && object.has(name)) {
            // Jackson keeps the last; a reader that kept the first would see another declaration.
            duplicateKeyPath = relativePath(parser);
          }
          parser.nextToken();
          object.set(name, value(parser));
        }
        depth--;
        return object;
      }
      case START_ARRAY -> {
        depth++;
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        depth--;
        return array;
      }
      case VALUE_STRING -> {
        String text = parser.getText();
        noteBrokenText(parser, text);
        return nodes.textNode(text);
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        try {
          return nodes.numberNode(parser.getDecimalValue());
        } catch (NumberFormatException e) {
          // An exponent beyond BigDecimal's (1e99999999999): kept as written, so that the field's
          // own check rejects it as a record error, as in CSV, instead of stopping the import.
          return nodes.textNode(parser.getText());
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private void noteBrokenText(JsonParser parser, String text) {
    if (brokenTextPath == null && text.indexOf('\uFFFD') >= 0) {
      // Paths are relative to the value read, without the index of a surrounding array.
      brokenTextPath = relativePath(parser);
    }
  }

  private String relativePath(JsonParser parser) {
    String path = JsonFieldSource.pathOf(parser.getParsingContext().pathAsPointer());
    path = path.startsWith(startPath) ? path.substring(startPath.length()) : path;
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
