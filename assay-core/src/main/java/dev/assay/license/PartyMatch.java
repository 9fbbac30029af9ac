package dev.assay.license;

import dev.assay.declaration.Party;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a declared party is the licensed one: the same country and the same name once case,
 * spacing and punctuation are set aside ("Tokai Materials K.K." is "TOKAI MATERIALS KK"). Anything
 * looser belongs to party screening, which weighs fuzzy matches; a license names its parties
 * exactly.
 */
final class PartyMatch {
  private PartyMatch() {}

  static boolean same(Party licensed, Party declared) {
    return licensed.country().equals(declared.country())
        && key(licensed.name()).equals(key(declared.name()));
  }

  static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
