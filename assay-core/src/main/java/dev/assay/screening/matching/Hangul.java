package dev.assay.screening.matching;

/**
 * Hangul to Latin by the Revised Romanization of Korean (2000), syllable by syllable: 김정은 is "gim
 * jeong eun". ICU's Hangul-Latin writes one run with other final consonants (bag for 박) and no
 * syllable breaks, which no Korean name in a Latin document resembles. The syllables are kept apart
 * because Latin documents split Korean names at will ("Kim Jong Un", "Kim Jong-un", "Kim Jongun");
 * the other romanizations of each syllable (McCune-Reischauer, the spellings people use: Park, Lee,
 * Choi, Sung, Young) are folded to one spelling by {@code name-variants.txt}.
 *
 * <p>Sound changes across syllables (liaison, nasal assimilation) are not applied: names are
 * commonly romanized syllable by syllable, and that is what lists and passports show.
 */
final class Hangul {
  private static final int BASE = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final int YI = 0xC774;

  private static final String[] INITIAL = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };
  private static final String[] VOWEL = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };
  // Final consonants are written as they sound at the end of a syllable (RR: 박 bak, 빛 bit).
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  private Hangul() {}

  static boolean isSyllable(int cp) {
    return cp >= BASE && cp <= LAST;
  }

  /**
   * A word with Hangul syllables in lower-case Latin, a blank between syllables; other characters
   * are dropped. Empty when the word has no Hangul syllable (bare jamo are left to ICU).
   */
  static String romanized(String word) {
    StringBuilder b = new StringBuilder(word.length() * 4);
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (isSyllable(cp)) {
        int s = cp - BASE;
        if (!b.isEmpty()) {
          b.append(' ');
        }
        if (cp == YI && b.isEmpty()) {
          // 이 opening a name is the surname Lee; RR's "i" would be dropped as the stop word
          // "i", so it is written "yi", which name-variants.txt folds with Lee, Rhee.
          b.append("yi");
        } else {
          // An initial ㄹ begins a word as r in RR; at the start of a syllable it stays r.
          b.append(INITIAL[s / 588]).append(VOWEL[(s % 588) / 28]).append(FINAL[s % 28]);
        }
      } else if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
        b.append(Character.toLowerCase((char) cp));
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
