package dev.assay.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * JSON for pages: reads the stored declaration and assessment objects, and writes the data blocks
 * that charts and the network view read (pages carry no inline script).
 */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static JsonNode read(String text) {
    if (text == null || text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  /**
   * JSON for a {@code <script type="application/json">} block: {@code <} is escaped so that no
   * value can close the block.
   */
  public static String block(Object value) {
    try {
      return MAPPER.writeValueAsString(value).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write page data", e);
    }
  }

  /** A scalar of a JSON node as text; an array's items joined; nothing for null. */
  public static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    if (node.isArray()) {
      StringBuilder b = new StringBuilder();
      node.forEach(
          n -> {
            if (!b.isEmpty()) {
              b.append(", ");
            }
            b.append(text(n));
          });
      return b.toString();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
