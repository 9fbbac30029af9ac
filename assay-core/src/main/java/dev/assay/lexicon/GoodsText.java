package dev.assay.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal form in which goods descriptions and item terms are compared: Unicode NFKC (so that
 * full-width letters and digits typed on Chinese keyboards match their ordinary forms), lower case,
 * runs of white space made one blank.
 */
public final class GoodsText {
  private GoodsText() {}

  public static String normalize(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    // Plain ASCII is already in NFKC; skipping the normaliser matters at a million lines a minute.
    String folded =
        (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
            .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean blank = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
