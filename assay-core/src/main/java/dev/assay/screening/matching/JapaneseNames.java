package dev.assay.screening.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Japanese names in Latin letters as Japanese documents write them (Hepburn, long vowels not
 * marked): 田中義雄 is "tanaka yoshio", 大和電子工業 is "yamato denshi kogyo". The readings come from a
 * {@link JapaneseReader} found on the class path; without one, nothing is read.
 *
 * <p>Kanji alone do not say whether a name is Japanese or Chinese (佐藤 is written alike in both), so
 * a name is read in Japanese only when something says it is: kana in it, a Japanese legal form
 * (株式会社, 有限会社, 合同会社), or, for a listed entry, the country JP. The analyzer's dictionary takes a few
 * hundred milliseconds to load, so it is loaded only when such a name comes up: a command that
 * meets none never loads it.
 */
final class JapaneseNames {
  private static final String[] FORMS = {"株式会社", "有限会社", "合同会社", "合資会社", "合名会社"};

  private JapaneseNames() {}

  /** The reader on the class path, looked up once (its dictionary is not loaded by this). */
  private static final class Holder {
    static final JapaneseReader READER =
        ServiceLoader.load(JapaneseReader.class, JapaneseNames.class.getClassLoader())
            .findFirst()
            .orElse(null);
  }

  private static final class KanaToLatin {
    static final Transliterator T = Transliterator.getInstance("Katakana-Latin; Latin-ASCII");
  }

  static boolean available() {
    return Holder.READER != null;
  }

  /** What the saved list indexes must have been built with: the reader, or none. */
  static String version() {
    return available() ? Holder.READER.version() : "none";
  }

  /** Whether the text is written in Japanese for sure: kana or a Japanese legal form. */
  static boolean isJapanese(String text) {
    for (String form : FORMS) {
      if (text.contains(form)) {
        return true;
      }
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x3040) {
        int script = UScript.getScript(cp);
        if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
          return true;
        }
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  static boolean hasHanOrKana(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x3040) {
        int script = UScript.getScript(cp);
        if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA) {
          return true;
        }
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * The name in Latin letters read in Japanese, legal forms left out (the caller keeps the forms of
   * the name as written); empty without a reader or when nothing could be read.
   */
  static Optional<String> romanized(String text) {
    if (!available() || !hasHanOrKana(text)) {
      return Optional.empty();
    }
    String t = Scripts.foldCase(text);
    for (String form : FORMS) {
      t = t.replace(form, " ");
    }
    List<String> readings = Holder.READER.readings(t);
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    Transliterator kana = KanaToLatin.T;
    for (String r : readings) {
      String latin;
      synchronized (kana) {
        latin = kana.transliterate(r);
      }
      String word = hepburn(Scripts.lettersOnly(latin));
      if (!word.isEmpty()) {
        if (!b.isEmpty()) {
          b.append(' ');
        }
        b.append(word);
      }
    }
    return b.isEmpty() ? Optional.empty() : Optional.of(b.toString());
  }

  /**
   * Long vowels as passports and company registers write them, unmarked: "satou" is Sato, "kougyou"
   * is kogyo, "yuuki" is yuki.
   */
  static String hepburn(String word) {
    return word.replace("ou", "o").replace("uu", "u").replace("oo", "o");
  }
}
