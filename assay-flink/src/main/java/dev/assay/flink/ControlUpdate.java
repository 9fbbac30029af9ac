package dev.assay.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;

/**
 * One message of the control topic: a new version of one kind of reference data, the whole of it
 * (docs/flink.md, "Reference data at run time").
 *
 * <pre>{"kind": "scoring", "version": "2026-12-05.1", "content": "...YAML..."}</pre>
 *
 * @param kind what it replaces
 * @param version the name errors and assessments cite
 * @param content the file's text, in the format of the matching command-line option
 */
record ControlUpdate(Kind kind, String version, String content) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kinds of reference data and the format of each one's content. */
  enum Kind {
    /** Weights and lane thresholds: the format of {@code risk/scoring.yaml} ({@code --scoring}). */
    SCORING,
    /** Analyst rules: a rule file ({@code --rules}, docs/rules.md). */
    RULES,
    /**
     * Control-list measures added to the shipped list: one measure YAML file
     * (docs/control-list.md).
     */
    CONTROL_LIST,
    /** Restricted parties screened besides the shipped lists: the Chinese lists' CSV layout. */
    PARTIES,
    /** A trained ranking model: the JSON that {@code assay ml train} writes ({@code --model}). */
    MODEL;

    String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Reads a control message.
   *
   * @throws IllegalArgumentException naming what is missing or wrong
   */
  static ControlUpdate parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String kindName = root.path("kind").asText("");
    Kind kind = null;
    for (Kind k : Kind.values()) {
      if (k.wireName().equals(kindName)) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException(
          "field kind: '"
              + kindName
              + "' is not one of scoring, rules, control-list, parties, model");
    }
    String version = root.path("version").asText("");
    if (version.isBlank()) {
      throw new IllegalArgumentException("field version: missing");
    }
    JsonNode content = root.get("content");
    if (content == null || !content.isTextual()) {
      throw new IllegalArgumentException("field content: missing (the file's text as a string)");
    }
    return new ControlUpdate(kind, version, content.asText());
  }

  String toJson() {
    var node = JSON.createObjectNode();
    node.put("kind", kind.wireName());
    node.put("version", version);
    node.put("content", content);
    return node.toString();
  }
}
