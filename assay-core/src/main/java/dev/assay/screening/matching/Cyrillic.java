package dev.assay.screening.matching;

/**
 * A key for Russian and Ukrainian words in Latin letters that is the same under the usual
 * transliteration systems: GOST and ISO 9, BGN/PCGN, passports, and French and German spellings.
 * Кузнецов is Kuznetsov, Kouznetsov or Kusnezow, Щербаков Shcherbakov, Chtcherbakov or
 * Schtscherbakow, Юлия Yuliya, Iuliia, Ioulia or Julija; all give one key.
 *
 * <p>The hushing sounds and their spellings (ш sh/ch/sch, ж zh/j, ч ch/tch/tsch, щ shch/chtch/
 * schtsch) are one letter, and so are the hissing ones (з z/s, ц ts/tz/z/c, с s); kh is h, w is v
 * and a final ff is v ("Sokoloff"). A run of vowels is one letter by its last vowel that is not an
 * iotation (ya, ia, ja are a; yu, iu, ju, ou are u; ye, ie, yo, io, e, o are one, for ё is written
 * e or yo); a run of i, y and j alone (ii, iy, y, ij) is i. Consonants doubled side by side are one
 * ("Kirill", "Kiril").
 */
final class Cyrillic {
  private Cyrillic() {}

  /** The similarity of two words with one key, one of them written in Cyrillic letters. */
  static final double SIMILARITY = 0.9;

  private static final String[][] SPELLINGS = {
    {"schtsch", "S"},
    {"shtch", "S"},
    {"chtch", "S"},
    {"shch", "S"},
    {"tsch", "S"},
    {"dzh", "dS"},
    {"tch", "S"},
    {"sch", "S"},
    {"zh", "S"},
    {"sh", "S"},
    {"ch", "S"},
    {"kh", "h"},
    {"ts", "s"},
    {"tz", "s"},
    {"dj", "dS"},
    {"ph", "f"},
    {"ck", "k"},
    {"x", "ks"},
  };

  /** The key of a word in lower-case Latin letters; empty when the word has none. */
  static String key(String word) {
    String w = word;
    if (w.endsWith("ff") && w.length() > 4) {
      w = w.substring(0, w.length() - 2) + "v";
    }
    for (String[] s : SPELLINGS) {
      if (w.contains(s[0])) {
        w = w.replace(s[0], s[1]);
      }
    }
    StringBuilder b = new StringBuilder(w.length());
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      if (vowel(c)) {
        char last = 'I';
        while (i < w.length() && vowel(w.charAt(i))) {
          char v = w.charAt(i);
          if (v == 'a') {
            last = 'A';
          } else if (v == 'e' || v == 'o') {
            last = 'E';
          } else if (v == 'u') {
            last = 'U';
          }
          i++;
        }
        b.append(last);
        continue;
      }
      char k =
          switch (c) {
            case 'z', 'c' -> 's';
            case 'w' -> 'v';
            default -> c;
          };
      if (b.isEmpty() || b.charAt(b.length() - 1) != k) {
        b.append(k);
      }
      i++;
    }
    return b.toString();
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
  }

  /**
   * {@link #SIMILARITY} when a word written in Cyrillic and a Latin one have one key of three
   * letters or more (shorter keys, as "Ira", say too little), else 0.
   */
  static double similarity(NameToken x, NameToken y) {
    boolean cx = x.script().equals("Cyrillic");
    boolean cy = y.script().equals("Cyrillic");
    if (cx == cy || !(cx ? y : x).script().equals("Latin")) {
      return 0;
    }
    String k = key((cx ? x : y).text());
    if (k.length() < 3) {
      return 0;
    }
    for (String latin : latinKeys((cx ? y : x).text())) {
      if (latin.equals(k)) {
        return SIMILARITY;
      }
    }
    return 0;
  }

  /**
   * The keys of a Latin word: its {@link #key}, and where it may be a French or German spelling
   * that the key reads otherwise, those readings too. French writes ж as j ("Joukov" for Жуков,
   * where j is otherwise й, "Juri"); German writes х as ch ("Chabarow" for Хабаров, where ch is
   * otherwise ч, "Chekhov"), but sch and tsch stay ш and ч.
   */
  static java.util.List<String> latinKeys(String word) {
    String k = key(word);
    java.util.List<String> keys = new java.util.ArrayList<>(3);
    keys.add(k);
    if (word.indexOf('j') >= 0 && !word.contains("dj")) {
      String french = key(word.replace("j", "zh"));
      if (!keys.contains(french)) {
        keys.add(french);
      }
    }
    if (word.contains("ch")) {
      String german = key(GERMAN_CH.matcher(word).replaceAll("kh"));
      if (!keys.contains(german)) {
        keys.add(german);
      }
    }
    return keys;
  }

  private static final java.util.regex.Pattern GERMAN_CH =
      java.util.regex.Pattern.compile("(?<![st])ch");
}
