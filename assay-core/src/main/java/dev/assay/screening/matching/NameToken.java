package dev.assay.screening.matching;

/**
 * One word of a normalized name, as compared: lower-case ASCII Latin letters and digits.
 *
 * @param text the word as compared ("international", "luoke" for 洛克, "rosoboroneksport")
 * @param written the word as the name writes it ("Int'l", "洛克", "Рособоронэкспорт")
 * @param script the script it was written in ("Latin", "Han", "Cyrillic"), for explanations
 * @param generic a word common to many company names ("trading", "international"): it counts for
 *     less
 * @param abbreviated the name wrote an abbreviation that was expanded ("Intl")
 */
public record NameToken(
    String text, String written, String script, boolean generic, boolean abbreviated) {
  static final double GENERIC_WEIGHT = 0.3;

  /** How much the word counts when names are compared. */
  public double weight() {
    return generic ? GENERIC_WEIGHT : 1.0;
  }

  /** Written in Thai letters: compared with Latin by consonant classes ({@link Thai#key}). */
  public boolean thai() {
    return script.equals("Thai");
  }

  /** Written in a script that leaves most vowels out (Arabic, Hebrew): compared by consonants. */
  public boolean abjad() {
    return script.equals("Arabic") || script.equals("Hebrew");
  }

  /**
   * The consonants of a word, for words written in Arabic or Hebrew letters, which leave short
   * vowels out: "محمد" is mhmd and "Muhammad" mhmmd, "חוסיין" and "Hussein". Vowels, h, w and y go
   * (they stand for vowels and breathings that romanizations write in many ways: Husayn, Hussein,
   * Husain), c and q become k, f becomes p and v becomes b (Hebrew writes each pair with one
   * letter: יוסף is Yosef or Yosep), a doubled letter one: both are "sn", "mmd". Only letters
   * written side by side are one: the two z of "Aziz" (عزيز, zz) are two letters with a vowel
   * between them, and reading them as one left a single letter, too little to compare.
   */
  public static String skeleton(String text) {
    StringBuilder b = new StringBuilder(text.length());
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w' -> {}
        default -> {
          // Hebrew פ is p or f and ב is b or v, unpointed; Arabic has no p or v of its own.
          char k = c == 'c' || c == 'q' ? 'k' : c == 'f' ? 'p' : c == 'v' ? 'b' : c;
          if (k != previous) {
            b.append(k);
          }
        }
      }
      previous = c == 'c' || c == 'q' ? 'k' : c == 'f' ? 'p' : c == 'v' ? 'b' : c;
    }
    return b.toString();
  }

  /**
   * The skeleton of a word in Arabic or Hebrew letters reading its w as a consonant v (folded to
   * b): ו and و are vowels (o, u) in יוסף but v in לוי, Levi. Null when the word has no w.
   */
  public static String consonantW(String text) {
    return text.indexOf('w') < 0 ? null : skeleton(text.replace('w', 'v'));
  }

  /** Written in Hebrew letters. */
  public boolean hebrew() {
    return script.equals("Hebrew");
  }

  /**
   * The consonants of a word as Hebrew spells them, h kept: ח and ה are letters Latin spellings
   * write as ch, kh or h ("Chaim", "Khaim", "Haim" for חיים; "Rachel", "Rahel" for רחל), which the
   * Arabic-minded {@link #skeleton} drops, leaving too little to compare. On Latin words ch and kh
   * are h, sh is s (ICU writes ש as s), tz, ts and a final tch or ch are z (צ, ץ: "Yitzhak",
   * "Katz", "Abramovitz", "Abramovich"); a final h goes on both sides (ה ends "Moshe", "Sarah").
   * Vowels, w, y, doubled letters and the pairs c/k, q/k, f/p, v/b as in {@link #skeleton}.
   */
  public static String hebrewSkeleton(String text, boolean latin) {
    String t = text;
    if (latin) {
      if (t.endsWith("tch")) {
        t = t.substring(0, t.length() - 3) + "z";
      } else if (t.endsWith("ch") && t.length() > 4) {
        t = t.substring(0, t.length() - 2) + "z";
      }
      t = t.replace("tz", "z").replace("ts", "z").replace("ch", "h").replace("kh", "h");
      t = t.replace("sh", "s");
    }
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> {}
        default -> {
          char k = c == 'c' || c == 'q' ? 'k' : c == 'f' ? 'p' : c == 'v' ? 'b' : c;
          if (b.isEmpty() || b.charAt(b.length() - 1) != k) {
            b.append(k);
          }
        }
      }
    }
    if (b.length() > 2 && b.charAt(b.length() - 1) == 'h') {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }

  /** True when the word was written in another script and compared in Latin letters. */
  public boolean transliterated() {
    return !script.equals("Latin") && !script.equals("Common");
  }
}
