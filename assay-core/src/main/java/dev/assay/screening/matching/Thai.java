package dev.assay.screening.matching;

/**
 * Thai to Latin letters close to the Royal Thai General System (RTGS), which Thai passports and
 * company registers use ("Surachai Wongsawat"), and a consonant-class key to compare the two. ICU's
 * Thai-Latin writes ISO 11940, letter for letter with diacritics, which no Latin document
 * resembles.
 *
 * <p>Thai leaves many vowels unwritten (สวัสดิ์ is sa-wat) and gives a consonant another sound at
 * the end of a syllable (ส is s before a vowel, t after one), which only a dictionary can place. So
 * words are compared by their consonants in classes that the two sounds of each letter share: s, t,
 * d, ch, j are one class, n, r, l another, k, g, kh a third, p, b, ph, f a fourth; vowels, h, w and
 * y are left out, and letters silenced by the thanthakhat (์) are dropped. "Wongsawat", "Wongsawad"
 * and วงศ์สวัสดิ์ are all ng-t; "Wongsawang" is ng-t-ng.
 */
final class Thai {
  private Thai() {}

  static boolean isThai(int cp) {
    return cp >= 0x0E00 && cp <= 0x0E7F;
  }

  // RTGS initial values of the consonants ก (U+0E01) to ฮ (U+0E2E); the aspirated k is written k,
  // as most Latin documents do ("Srisuk"), since the normalizer folds kh into h.
  private static final String[] CONSONANT = {
    "k", "k", "k", "k", "k", "k", "ng", "ch", "ch", "ch", "s", "ch", "y", "d", "t", "th", "th",
    "th", "n", "d", "t", "th", "th", "th", "n", "b", "p", "ph", "f", "ph", "f", "ph", "m", "y", "r",
    "", "l", "", "w", "s", "s", "s", "h", "l", "", "h"
  };

  /**
   * Company words that Thai names carry as legal forms: บริษัท (company), จำกัด (limited), มหาชน.
   */
  private static final String[] FORMS = {
    "บริษัท",
    "จำกัด",
    "มหาชน",
    "ห้างหุ้นส่วน",
    java.text.Normalizer.normalize("จำกัด", java.text.Normalizer.Form.NFKC)
  };

  /** Whether the Thai word is a legal form (left out of the name). */
  static boolean isForm(String word) {
    for (String f : FORMS) {
      if (word.equals(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Thai word in Latin letters, consonants by RTGS, written vowels roughly, leading vowels (เ แ โ
   * ใ ไ) after the consonant they are read after, silent letters dropped. Empty for a legal form.
   */
  static String romanized(String word) {
    if (isForm(word)) {
      return "";
    }
    int[] cps = word.codePoints().toArray();
    StringBuilder b = new StringBuilder(cps.length * 2);
    String pendingVowel = null;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c >= 0x0E01 && c <= 0x0E2E) {
        // Silent: a consonant with the thanthakhat, directly or after one vowel mark (ดิ์).
        if (i + 1 < cps.length && cps[i + 1] == 0x0E4C
            || i + 2 < cps.length && cps[i + 2] == 0x0E4C && isAboveBelow(cps[i + 1])) {
          i += cps[i + 1] == 0x0E4C ? 1 : 2;
          continue;
        }
        // ญ closing a syllable, before another consonant, is n: ปัญญา is "Panya", not "Payya".
        boolean finalYo =
            c == 0x0E0D && i + 1 < cps.length && cps[i + 1] >= 0x0E01 && cps[i + 1] <= 0x0E2E;
        b.append(finalYo ? "n" : CONSONANT[c - 0x0E01]);
        if (pendingVowel != null) {
          b.append(pendingVowel);
          pendingVowel = null;
        }
        continue;
      }
      switch (c) {
        case 0x0E40 -> pendingVowel = "e"; // เ
        case 0x0E41 -> pendingVowel = "ae"; // แ
        case 0x0E42 -> pendingVowel = "o"; // โ
        case 0x0E43, 0x0E44 -> pendingVowel = "ai"; // ใ ไ
        case 0x0E30, 0x0E31, 0x0E32 -> b.append('a'); // ะ ั า
        case 0x0E33 -> b.append("am"); // ำ
        case 0x0E4D -> {
          // ำ as NFKC writes it, nikhahit and sara aa: "am"
          b.append("am");
          if (i + 1 < cps.length && cps[i + 1] == 0x0E32) {
            i++;
          }
        }
        case 0x0E34, 0x0E35 -> b.append('i'); // ิ ี
        case 0x0E36, 0x0E37 -> b.append("ue"); // ึ ื
        case 0x0E38, 0x0E39 -> b.append('u'); // ุ ู
        default -> {
          // tone marks, the mai taikhu and the thanthakhat alone: no letter
        }
      }
    }
    if (pendingVowel != null) {
      b.append(pendingVowel);
    }
    return b.toString();
  }

  private static boolean isAboveBelow(int c) {
    return c >= 0x0E31 && c <= 0x0E3A || c >= 0x0E47 && c <= 0x0E4E;
  }

  /**
   * The consonant classes of a word in Latin letters (from Thai or as a Latin document writes a
   * Thai name): ng G, s/t/d/c/j/z/x T, n/r/l N, k/g/q K, p/b/f P, m M; vowels, h, w, v, y dropped;
   * repeats once.
   */
  static String key(String latin) {
    StringBuilder b = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      char k;
      if (c == 'n' && i + 1 < latin.length() && latin.charAt(i + 1) == 'g') {
        k = 'G';
        i++;
      } else {
        k =
            switch (c) {
              case 's', 't', 'd', 'c', 'j', 'z', 'x' -> 'T';
              case 'n', 'r', 'l' -> 'N';
              case 'k', 'g', 'q' -> 'K';
              // Thai has no v: a Latin v in a Thai name is ว, written w by RTGS and v by older
              // spellings ("Vichai", "Srivongse"), so it goes like w.
              case 'p', 'b', 'f' -> 'P';
              case 'm' -> 'M';
              default -> 0;
            };
      }
      if (k != 0 && (b.isEmpty() || b.charAt(b.length() - 1) != k)) {
        b.append(k);
      }
    }
    return b.toString();
  }
}
