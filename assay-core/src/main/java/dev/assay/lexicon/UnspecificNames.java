package dev.assay.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a goods description names no goods at all: every word of it is one that names none
 * ("industrial raw material", "alloy granules", "工业原料"), so it does not say what the goods are
 * (lexicon/unspecific-names.yaml). A description with any other word, a number only, or nothing is
 * not judged here.
 */
public final class UnspecificNames {
  private static final UnspecificNames BUNDLED = load();

  private final Set<String> words;

  /** Longest first, so that a phrase is taken whole before the shorter ones inside it. */
  private final List<String> phrases;

  UnspecificNames(Set<String> words, List<String> phrases) {
    this.words = Set.copyOf(words);
    this.phrases =
        phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  public static UnspecificNames bundled() {
    return BUNDLED;
  }

  /** Whether the description has words and all of them name no goods. */
  public boolean namesNoGoods(String description) {
    if (description == null || description.isBlank()) {
      return false;
    }
    String normal = GoodsText.normalize(description);
    StringBuilder han = new StringBuilder();
    boolean letters = false;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= normal.length(); i++) {
      char c = i < normal.length() ? normal.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z') {
        word.append(c);
        continue;
      }
      if (!word.isEmpty()) {
        // a single letter is a unit or a grade mark ("3 t", "grade a"), not a name
        if (word.length() > 1 && !words.contains(word.toString())) {
          return false;
        }
        letters |= word.length() > 1;
        word.setLength(0);
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han.append(c);
      }
    }
    if (!han.isEmpty()) {
      String rest = han.toString();
      for (String phrase : phrases) {
        rest = rest.replace(phrase, "");
      }
      return rest.isEmpty();
    }
    return letters;
  }

  private static UnspecificNames load() {
    String file = "lexicon/unspecific-names.yaml";
    try (InputStream in = UnspecificNames.class.getResourceAsStream("/" + file)) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      Set<String> words = new HashSet<>();
      root.path("english").forEach(w -> words.add(GoodsText.normalize(w.asText())));
      List<String> phrases = new ArrayList<>();
      root.path("chinese").forEach(p -> phrases.add(GoodsText.normalize(p.asText())));
      if (words.isEmpty() || phrases.isEmpty()) {
        throw new IllegalStateException(file + ": english and chinese must list words");
      }
      return new UnspecificNames(words, phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
