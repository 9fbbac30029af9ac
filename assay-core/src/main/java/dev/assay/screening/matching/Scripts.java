package dev.assay.screening.matching;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Unicode work of the matcher, done by ICU4J: NFKC with case folding (full-width forms,
 * ligatures, compatibility characters), Traditional to Simplified Chinese, Han to pinyin, and every
 * other script to Latin letters (Cyrillic, Greek, Arabic, Hangul, Kana...).
 *
 * <p>ICU transliteration costs tens of microseconds a word, too slow for 20,000 queries a second;
 * results are cached. Han is cached per character (ICU's Han-Latin and Traditional-Simplified are
 * character tables in effect), other scripts per word, up to a bound so a stream of unseen names
 * cannot exhaust memory.
 */
final class Scripts {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  /**
   * ICU's transliterators, each built on first use: building one compiles its rules and costs tens
   * to hundreds of milliseconds, a large part of every command's start-up, and most commands (or
   * most names: Latin ones) need none of them. One holder class per transliterator, so the JVM's
   * class initialization makes each lazy and thread-safe without locks on the fast path.
   */
  private static final class ToSimplified {
    static final Transliterator T = Transliterator.getInstance("Traditional-Simplified");
  }

  private static final class HanToLatin {
    static final Transliterator T = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  }

  private static final class AnyToLatin {
    static final Transliterator T = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }

  // Cyrillic names are romanized in English by BGN/PCGN conventions (Volzhskiy), not by ICU's
  // default ISO-style tables (Volžskij); Greek by ELOT 743 ({@link Greek}), as Greek passports do.
  private static final class CyrillicToLatin {
    static final Transliterator T =
        Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
  }

  private static final int WORD_CACHE_LIMIT = 200_000;

  private static final ConcurrentHashMap<Integer, Integer> SIMPLIFIED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Integer, String> PINYIN = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, String> LATIN = new ConcurrentHashMap<>();

  private Scripts() {}

  /** NFKC and case folding: "ＡＢＣ Co." becomes "abc co.", "ß" becomes "ss". */
  static String foldCase(String text) {
    return NFKC_CASEFOLD.normalize(text);
  }

  static boolean isHan(int cp) {
    return cp >= 0x2E80 && UScript.getScript(cp) == UScript.HAN;
  }

  static boolean hasCjk(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      // CJK scripts all lie above U+1100; most names are Latin and never reach UScript.
      if (cp >= 0x1100) {
        int script = UScript.getScript(cp);
        if (script == UScript.HAN
            || script == UScript.HANGUL
            || script == UScript.HIRAGANA
            || script == UScript.KATAKANA) {
          return true;
        }
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The Simplified form of a Han character (itself when it is simplified or not Han). */
  static int simplified(int cp) {
    if (!isHan(cp)) {
      return cp;
    }
    if (HanTable.covers(cp)) {
      return HanTable.shipped().simplified(cp);
    }
    return SIMPLIFIED.computeIfAbsent(
        cp,
        c -> {
          String s;
          Transliterator t = ToSimplified.T;
          synchronized (t) {
            s = t.transliterate(Character.toString(c));
          }
          return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : c;
        });
  }

  /** Replaces every Traditional Han character by its Simplified form. */
  static String simplified(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int s = simplified(cp);
      if (s != cp && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.appendCodePoint(s);
      }
      i += Character.charCount(cp);
    }
    return b == null ? text : b.toString();
  }

  /** The pinyin syllable of a Han character, without tones: 马 is "ma". */
  static String pinyin(int hanCodePoint) {
    if (HanTable.covers(hanCodePoint)) {
      return HanTable.shipped().pinyin(hanCodePoint);
    }
    return PINYIN.computeIfAbsent(
        hanCodePoint,
        c -> {
          String s;
          Transliterator t = HanToLatin.T;
          synchronized (t) {
            s = t.transliterate(Character.toString(c));
          }
          return lettersOnly(s);
        });
  }

  /**
   * A word of any script in lower-case ASCII Latin letters and digits: "Рособоронэкспорт" is
   * "rosoboroneksport", "Société" is "societe". Separators that the transliteration puts inside the
   * word stay as blanks, so the caller can split.
   */
  static String latin(String word) {
    if (isAsciiWord(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String cached = LATIN.get(word);
    if (cached != null) {
      return cached;
    }
    String known = LatinMemo.MEMO.get(word);
    if (known != null) {
      return known;
    }
    return transliterated(word);
  }

  /** What ICU makes of a word (not Latin, not Han) in lower-case ASCII letters and digits. */
  static String transliterated(String word) {
    int script = UScript.getScript(word.codePointAt(0));
    if (script == UScript.THAI) {
      String result = Thai.romanized(word);
      if (LATIN.size() < WORD_CACHE_LIMIT) {
        LATIN.put(word, result);
      }
      return result;
    }
    if (script == UScript.GREEK) {
      String result = Greek.romanized(word).strip().replaceAll(" +", " ");
      if (LATIN.size() < WORD_CACHE_LIMIT) {
        LATIN.put(word, result);
      }
      return result;
    }
    if (script == UScript.HANGUL && Hangul.isSyllable(word.codePointAt(0))) {
      String result = Hangul.romanized(word);
      if (LATIN.size() < WORD_CACHE_LIMIT) {
        LATIN.put(word, result);
      }
      return result;
    }
    Transliterator t = script == UScript.CYRILLIC ? CyrillicToLatin.T : AnyToLatin.T;
    String s;
    synchronized (t) {
      s = t.transliterate(word);
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (c == ' ' || c == '-') {
        b.append(' ');
      }
    }
    String result = b.toString().strip();
    if (LATIN.size() < WORD_CACHE_LIMIT) {
      LATIN.put(word, result);
    }
    return result;
  }

  /**
   * The Latin forms of the non-Latin words in the shipped word lists (Cyrillic, Arabic and Korean
   * legal forms and stop words), computed at build time ({@code screening/matching/latin-memo.txt},
   * checked against ICU by a test): reading the word lists must not build ICU's Cyrillic and
   * Any-Latin transliterators, which would cost every command a few hundred milliseconds.
   */
  static final class LatinMemo {
    static final String RESOURCE = "/screening/matching/latin-memo.txt";
    static final java.util.Map<String, String> MEMO = read();

    private static java.util.Map<String, String> read() {
      java.util.Map<String, String> memo = new java.util.HashMap<>();
      try (java.io.InputStream in = Scripts.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return memo;
        }
        for (String line :
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          int tab = line.indexOf('\t');
          if (tab > 0 && !line.startsWith("#")) {
            memo.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return memo;
    }

    /** The memo as ICU makes it now from the shipped word lists: what the resource must equal. */
    static String generate() {
      java.util.TreeMap<String, String> memo = new java.util.TreeMap<>();
      for (String file : Vocabulary.FILES) {
        for (String line : Vocabulary.lines(file)) {
          for (Piece piece : pieces(simplified(foldCase(line)))) {
            if (!piece.han() && !isAsciiWord(piece.text())) {
              memo.put(piece.text(), transliterated(piece.text()));
            }
          }
        }
      }
      StringBuilder b =
          new StringBuilder("# generated by Scripts.LatinMemo.generate(); checked by a test\n");
      memo.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
      return b.toString();
    }

    public static void main(String[] args) throws java.io.IOException {
      java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), generate());
    }
  }

  /** The ISO 15924 name of the script a word is written in, for explanations ("Cyrillic"). */
  static String scriptOf(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      int script = UScript.getScript(cp);
      if (script != UScript.COMMON && script != UScript.INHERITED) {
        return UScript.getName(script);
      }
      i += Character.charCount(cp);
    }
    return "Common";
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    int type = UCharacter.getType(cp);
    return UCharacter.isLetterOrDigit(cp)
        || type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK;
  }

  static boolean isJoiner(int cp) {
    // Apostrophes and dots inside a word do not split it: "Int'l", "S.A.", "U.S.A.".
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '.';
  }

  /**
   * Splits folded text into pieces: runs of Han characters and words of other scripts, dropping
   * punctuation. Han runs stay whole because Chinese writes no spaces; the normalizer cuts them.
   */
  static List<Piece> pieces(String folded) {
    List<Piece> pieces = new ArrayList<>(8);
    StringBuilder word = new StringBuilder();
    StringBuilder han = new StringBuilder();
    int n = folded.length();
    for (int i = 0; i < n; ) {
      int cp = folded.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isHan(cp)) {
        flush(word, false, pieces);
        han.appendCodePoint(cp);
      } else if (isWordChar(cp)) {
        flush(han, true, pieces);
        word.appendCodePoint(cp);
      } else if (isJoiner(cp)
          && !word.isEmpty()
          && next < n
          && isWordChar(folded.codePointAt(next))
          && !isHan(folded.codePointAt(next))) {
        // inside a word: skip the joiner, keep the word whole
      } else {
        flush(word, false, pieces);
        flush(han, true, pieces);
      }
      i = next;
    }
    flush(word, false, pieces);
    flush(han, true, pieces);
    return pieces;
  }

  private static void flush(StringBuilder b, boolean han, List<Piece> pieces) {
    if (!b.isEmpty()) {
      pieces.add(new Piece(b.toString(), han));
      b.setLength(0);
    }
  }

  /** A run of Han characters, or one word of another script, as written (folded). */
  record Piece(String text, boolean han) {}

  /**
   * The Latin words of a text, for reading word lists: folded, transliterated, split, Han as pinyin
   * syllables run together.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (Piece piece : pieces(simplified(foldCase(text)))) {
      if (piece.han()) {
        StringBuilder b = new StringBuilder();
        piece.text().codePoints().forEach(cp -> b.append(pinyin(cp)));
        words.add(b.toString());
      } else {
        for (String w : latin(piece.text()).split(" ")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return words;
  }

  private static boolean isAsciiWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  static String lettersOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
