package dev.assay.lexicon;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised goods text into its Latin words: runs of ASCII letters and digits. */
final class Words {
  private Words() {}

  static List<String> split(String normal) {
    List<String> words = new ArrayList<>(8);
    int start = -1;
    for (int i = 0; i <= normal.length(); i++) {
      boolean word = i < normal.length() && isWordChar(normal.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(normal.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
