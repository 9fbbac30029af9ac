package dev.assay.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.declaration.HsCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lookalike HS codes of {@code lexicon/lookalikes.yaml}, found by longest prefix. */
public final class Lookalikes {
  private final Map<String, Lookalike> byCode;
  private final int longest;

  /**
   * The answer for each code asked about: every detector asks for every line, and trade repeats a
   * few thousand codes. Bounded by the codes of the tariff (about 10,000 ten-digit lines).
   */
  private final Map<String, Optional<Lookalike>> answers =
      new java.util.concurrent.ConcurrentHashMap<>();

  Lookalikes(List<Lookalike> entries) {
    Map<String, Lookalike> map = new HashMap<>();
    int max = 0;
    for (Lookalike entry : entries) {
      if (map.put(entry.code(), entry) != null) {
        throw new IllegalArgumentException("lookalike code " + entry.code() + " listed twice");
      }
      max = Math.max(max, entry.code().length());
    }
    this.byCode = Map.copyOf(map);
    this.longest = max;
  }

  public static Lookalikes bundled() {
    try (InputStream in = Lookalikes.class.getResourceAsStream("/lexicon/lookalikes.yaml")) {
      return parse(in, "lexicon/lookalikes.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Lookalikes parse(InputStream in, String file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    List<Lookalike> entries = new ArrayList<>();
    int n = 0;
    for (JsonNode node : root) {
      n++;
      String code = LexiconFields.text(node, "code", file, n);
      if (!code.chars().allMatch(Character::isDigit) || code.length() < 4 || code.length() > 10) {
        throw new IllegalArgumentException(
            file + ": entry " + n + ": code '" + code + "' is not 4 to 10 digits");
      }
      entries.add(
          new Lookalike(
              code,
              LexiconFields.text(node, "tariff_text", file, n),
              node.path("names_mineral").asBoolean(false),
              LexiconFields.list(node, "minerals", file, n),
              LexiconFields.text(node, "case", file, n),
              LexiconFields.list(node, "sources", file, n),
              LexiconFields.confidence(node, file, n)));
    }
    return new Lookalikes(entries);
  }

  /** The lookalike entry covering this code, the most specific first. */
  public Optional<Lookalike> find(HsCode hsCode) {
    Optional<Lookalike> known = answers.get(hsCode.value());
    if (known != null) {
      return known;
    }
    Optional<Lookalike> found = search(hsCode.value());
    if (answers.size() < 20_000) {
      answers.put(hsCode.value(), found);
    }
    return found;
  }

  private Optional<Lookalike> search(String code) {
    for (int length = Math.min(longest, code.length()); length >= 4; length--) {
      Lookalike hit = byCode.get(code.substring(0, length));
      if (hit != null) {
        return Optional.of(hit);
      }
    }
    return Optional.empty();
  }
}
