package dev.assay.ml.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * For each value of one category (an exporter, an HS heading, a word): how often it was seen, how
 * often inspected, how often a violation was found. The risk encoding shrinks the value's hit rate
 * towards the overall rate when it has few inspections (additive smoothing), so a newcomer is
 * neither condemned nor cleared by one outcome.
 */
final class OutcomeHistory {
  private final Map<String, long[]> counts = new HashMap<>();

  /** {seen, labelled, positive} of the value, or null when never seen. */
  long[] get(String value) {
    return counts.get(value);
  }

  void add(String value, int label) {
    long[] c = counts.computeIfAbsent(value, v -> new long[3]);
    c[0]++;
    if (label >= 0) {
      c[1]++;
      c[2] += label;
    }
  }

  int size() {
    return counts.size();
  }

  ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    counts.forEach((k, c) -> node.putArray(k).add(c[0]).add(c[1]).add(c[2]));
    return node;
  }

  static OutcomeHistory fromJson(JsonNode node) {
    OutcomeHistory h = new OutcomeHistory();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode a = e.getValue();
      h.counts.put(
          e.getKey(), new long[] {a.get(0).asLong(), a.get(1).asLong(), a.get(2).asLong()});
    }
    return h;
  }
}
