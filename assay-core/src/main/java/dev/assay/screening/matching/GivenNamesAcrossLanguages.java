package dev.assay.screening.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One given name as other languages write it (John, Juan, Johann, Giovanni, Ivan, Yahya), from
 * {@code given-names-across-languages.txt}. The words are read through the standard normalizer, so
 * they meet the names exactly as the scorer sees them (accents off, nicknames folded).
 */
final class GivenNamesAcrossLanguages {
  private GivenNamesAcrossLanguages() {}

  private static final class Holder {
    // A word may stand in two lines (Jan is a Dutch John and a Polish one; a nickname of two
    // names): it keeps every line it is on.
    static final Map<String, Set<Integer>> LINES = load();
  }

  private static Map<String, Set<Integer>> load() {
    NameNormalizer normalizer = NameNormalizer.standard();
    Map<String, Set<Integer>> lines = new HashMap<>();
    List<String> file = Vocabulary.lines("given-names-across-languages.txt");
    for (int i = 0; i < file.size(); i++) {
      for (String w : file.get(i).split("\\s+")) {
        List<NameToken> tokens = normalizer.normalize(w).tokens();
        if (tokens.size() != 1) {
          throw new IllegalStateException(
              "given-names-across-languages.txt line "
                  + (i + 1)
                  + ": '"
                  + w
                  + "' is not read as one word");
        }
        lines.computeIfAbsent(tokens.getFirst().text(), k -> new HashSet<>()).add(i);
      }
    }
    return lines;
  }

  /** Two different words that are one given name in two languages. */
  static boolean oneName(String x, String y) {
    if (x.equals(y)) {
      return false;
    }
    Set<Integer> a = Holder.LINES.get(x);
    if (a == null) {
      return false;
    }
    Set<Integer> b = Holder.LINES.get(y);
    if (b == null) {
      return false;
    }
    for (Integer line : a) {
      if (b.contains(line)) {
        return true;
      }
    }
    return false;
  }
}
