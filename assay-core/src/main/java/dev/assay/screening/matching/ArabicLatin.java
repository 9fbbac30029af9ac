package dev.assay.screening.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two Latin spellings of one Arabic word: romanizations differ in vowels and in a few consonants
 * ("Fouad" and "Fuad", "Salem" and "Salim", "Kadhim" and "Kazim", "Haitham" and "Haytham"), more
 * than the typo score allows in short words. Compared only inside a name that is Arabic by one of
 * its words (a given name of the Arabic part of name-variants.txt, or abd, abu, bin, ibn), so that
 * Western and East Asian names keep their vowels ("Song" is not "Sung").
 */
final class ArabicLatin {
  private ArabicLatin() {}

  static final double SIMILARITY = 0.9;

  /** Compared words of the Arabic names of name-variants.txt, and the name particles. */
  static final Set<String> MARKERS = markers();

  private static Set<String> markers() {
    Set<String> out = new HashSet<>(List.of("abd", "abu", "bin", "ibn", "bint"));
    for (String line : Vocabulary.section("name-variants.txt", "Arabic")) {
      out.add(line.split("\\s+")[0]);
    }
    return Set.copyOf(out);
  }

  /** Whether a word of the name marks it as an Arabic name. */
  static boolean arabicName(List<NameToken> tokens) {
    for (NameToken t : tokens) {
      if (MARKERS.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key of a Latin word: ou and oo are u, dh is z, q is k, e is i and o is u, y after the first
   * letter is i, a doubled letter one ("Haytham" and "Haitham" are haitam... alike).
   */
  static String key(String word) {
    String w = word.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dh", "z");
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k =
          switch (c) {
            case 'e' -> 'i';
            case 'o' -> 'u';
            case 'q' -> 'k';
            case 'y' -> i > 0 ? 'i' : 'y';
            default -> c;
          };
      if (b.isEmpty() || b.charAt(b.length() - 1) != k) {
        b.append(k);
      }
    }
    return b.toString();
  }

  /** {@link #SIMILARITY} for two Latin words with one key of four letters or more, else 0. */
  static double similarity(NameToken x, NameToken y) {
    if (!x.script().equals("Latin") || !y.script().equals("Latin")) {
      return 0;
    }
    String k = key(x.text());
    return k.length() >= 4 && k.equals(key(y.text())) ? SIMILARITY : 0;
  }
}
