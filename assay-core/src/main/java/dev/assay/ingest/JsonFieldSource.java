package dev.assay.ingest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The contract's fields of a JSON declaration object, or of one of its items, as text. A value of
 * the wrong JSON type (an object where text belongs, a number where an object belongs) is reported
 * here, once, naming its JSON path.
 */
final class JsonFieldSource implements FieldSource {
  private final JsonNode root;
  private final String prefix;
  private final ErrorCollector errors;
  private final Set<String> reported = new HashSet<>();

  /**
   * @param root the declaration object, or an item object
   * @param prefix the path of {@code root} within the declaration followed by '.', or ""
   */
  JsonFieldSource(JsonNode root, String prefix, ErrorCollector errors) {
    this.root = root;
    this.prefix = prefix;
    this.errors = errors;
  }

  @Override
  public String text(Column column) {
    String[] steps = column.jsonPath().split("\\.");
    JsonNode node = root;
    StringBuilder path = new StringBuilder(prefix);
    for (int i = 0; i < steps.length - 1; i++) {
      path.append(steps[i]);
      node = node.get(steps[i]);
      if (node == null || node.isNull()) {
        return "";
      }
      if (!node.isObject()) {
        report(path.toString(), node, "an object");
        return null;
      }
      path.append('.');
    }
    path.append(steps[steps.length - 1]);
    JsonNode value = node.get(steps[steps.length - 1]);
    if (value == null || value.isNull()) {
      return "";
    }
    if (column == Column.TRANSIT_COUNTRIES && value.isArray()) {
      return joinedCountries(path.toString(), value);
    }
    if (value.isTextual() || value.isNumber()) {
      return checkedLength(path.toString(), value.asText().strip());
    }
    report(path.toString(), value, value.isNumber() ? "text" : "text or a number");
    return null;
  }

  @Override
  public String name(Column column) {
    return prefix + column.jsonPath();
  }

  private String joinedCountries(String path, JsonNode array) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (!element.isTextual()) {
        report(path + "[" + i + "]", element, "a country code as text");
        return null;
      }
      if (i > 0) {
        joined.append(';');
      }
      joined.append(element.asText());
    }
    return checkedLength(path, joined.toString());
  }

  private String checkedLength(String path, String text) {
    if (text.length() > CsvTokenizer.MAX_FIELD_CHARS) {
      if (reported.add(path)) {
        errors.add(path, text, "longer than " + CsvTokenizer.MAX_FIELD_CHARS + " characters");
      }
      return null;
    }
    return text;
  }

  private void report(String path, JsonNode found, String expected) {
    if (reported.add(path)) {
      errors.add(
          path,
          found.isContainerNode() ? "" : found.asText(),
          "expected " + expected + ", found " + describe(found));
    }
  }

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true/false";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A JSON pointer such as /items/0/hs_code written as items[0].hs_code. */
  static String pathOf(JsonPointer pointer) {
    StringBuilder path = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(p.getMatchingProperty());
      }
    }
    return path.toString();
  }
}
