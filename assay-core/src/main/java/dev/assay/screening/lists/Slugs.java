package dev.assay.screening.lists;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable, readable entry identifiers made from names: "Lockheed Martin Corporation" becomes
 * lockheed-martin-corporation.
 */
final class Slugs {
  private Slugs() {}

  static String of(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(ascii.length());
    boolean dash = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
        dash = false;
      } else if (!dash && !b.isEmpty()) {
        b.append('-');
        dash = true;
      }
    }
    while (!b.isEmpty() && b.charAt(b.length() - 1) == '-') {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }
}
