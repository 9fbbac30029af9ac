package dev.assay.ml.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits free text into lower-case words at every character that is neither a letter nor a digit; a
 * run of Han characters counts as one word. No regex: this runs for every row.
 */
final class Words {
  private static final int MAX_WORDS = 64;

  private Words() {}

  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length() && words.size() < MAX_WORDS; i++) {
      boolean part = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        if (i - start > 1) {
          words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
    }
    return words;
  }
}
