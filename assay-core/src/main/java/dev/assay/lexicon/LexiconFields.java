package dev.assay.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the fields of the lexicon files, with errors naming file, entry and field. */
final class LexiconFields {
  private static final Set<String> CONFIDENCES = Set.of("confirmed", "likely", "unsure");

  private LexiconFields() {}

  static String text(JsonNode node, String field, String file, int entry) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.asText().isBlank()) {
      throw new IllegalArgumentException(
          file + ": entry " + entry + ": field '" + field + "' is required");
    }
    return value.asText();
  }

  static List<String> list(JsonNode node, String field, String file, int entry) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(
          file + ": entry " + entry + ": field '" + field + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : value) {
      out.add(v.asText());
    }
    return out;
  }

  static String confidence(JsonNode node, String file, int entry) {
    String value = text(node, "confidence", file, entry);
    if (!CONFIDENCES.contains(value)) {
      throw new IllegalArgumentException(
          file
              + ": entry "
              + entry
              + ": confidence '"
              + value
              + "' is not confirmed, likely or unsure");
    }
    return value;
  }
}
