package dev.assay.screening.matching;

import java.text.Normalizer;

/**
 * Greek words in Latin letters by ELOT 743 (ISO 843 transcription), the system of Greek passports
 * and of most Latin spellings of Greek names in lists: "Γεώργιος Παπαδόπουλος" is Georgios
 * Papadopoulos, "Ναυτιλιακή" Naftiliaki, "Ευάγγελος" Evangelos. ICU's BGN/PCGN transliteration,
 * used before, writes Yeoryios Papadhopoulos, which few documents do. Thread-safe.
 */
final class Greek {
  private Greek() {}

  // Consonants after which αυ, ευ, ηυ read af, ef, if (voiceless); before any other letter they
  // read
  // av, ev, iv.
  private static final String VOICELESS = "θκξπστφχψ";
  private static final String VOWELS = "αεηιουω";

  static String romanized(String word) {
    String w = strip(word);
    StringBuilder b = new StringBuilder(w.length() + 4);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      boolean start = i == 0 || !isGreek(w.charAt(i - 1));
      if ((c == 'α' || c == 'ε' || c == 'η') && next == 'υ') {
        char after = i + 2 < w.length() ? w.charAt(i + 2) : 0;
        b.append(c == 'α' ? 'a' : c == 'ε' ? 'e' : 'i');
        b.append(after == 0 || VOICELESS.indexOf(after) >= 0 ? 'f' : 'v');
        i++;
        continue;
      }
      if (c == 'ο' && next == 'υ') {
        b.append("ou");
        i++;
        continue;
      }
      if (c == 'γ' && (next == 'γ' || next == 'ξ' || next == 'χ')) {
        b.append(next == 'γ' ? "ng" : next == 'ξ' ? "nx" : "nch");
        i++;
        continue;
      }
      if (c == 'μ' && next == 'π') {
        b.append(start ? "b" : "mp");
        i++;
        continue;
      }
      if (c == 'ν' && next == 'τ') {
        b.append(start ? "d" : "nt");
        i++;
        continue;
      }
      b.append(letter(c));
    }
    return b.toString();
  }

  private static boolean isGreek(char c) {
    return c >= 'α' && c <= 'ω' || VOWELS.indexOf(c) >= 0;
  }

  /** Lower case without accents or diaeresis; final sigma as sigma. */
  private static String strip(String word) {
    String d = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c == 'ς' ? 'σ' : c);
      }
    }
    return b.toString();
  }

  private static String letter(char c) {
    return switch (c) {
      case 'α' -> "a";
      case 'β' -> "v";
      case 'γ' -> "g";
      case 'δ' -> "d";
      case 'ε' -> "e";
      case 'ζ' -> "z";
      case 'η' -> "i";
      case 'θ' -> "th";
      case 'ι' -> "i";
      case 'κ' -> "k";
      case 'λ' -> "l";
      case 'μ' -> "m";
      case 'ν' -> "n";
      case 'ξ' -> "x";
      case 'ο' -> "o";
      case 'π' -> "p";
      case 'ρ' -> "r";
      case 'σ' -> "s";
      case 'τ' -> "t";
      case 'υ' -> "y";
      case 'φ' -> "f";
      case 'χ' -> "ch";
      case 'ψ' -> "ps";
      case 'ω' -> "o";
      default -> Character.isLetterOrDigit(c) && c < 0x80 ? String.valueOf(c) : " ";
    };
  }
}
