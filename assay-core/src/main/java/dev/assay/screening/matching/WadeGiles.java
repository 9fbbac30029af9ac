package dev.assay.screening.matching;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese names written in Wade-Giles ("Chiang Chien-kuo", "Hsu Ch'ing-hua") rewritten in pinyin
 * ("jiang jianguo", "xu qinghua") before the words are compared, so they meet the pinyin and the
 * characters of a list entry.
 *
 * <p>A name is read as Wade-Giles only when one of its words can be nothing else: an aspirate
 * apostrophe (ch', k', t', p', ts'), hs, ts or tz, a final -ih, -ien or -ieh, ch before i or ü, kuo
 * or kuei, ssu or szu, yeh, erh. Then every word (and every hyphenated given name, all its parts)
 * that converts to pinyin syllables is converted; a hyphenated given name is written as one word,
 * as pinyin writes it. Names without such a word are left alone: "Chang", "Chung" or "Sung" alone
 * are also Korean or English, and pinyin itself must not be rewritten.
 *
 * <p>The conversion is a table of initials and finals, not of whole syllables: Wade-Giles is
 * regular. Its limit: without the apostrophe, unaspirated and aspirated initials are one spelling
 * (chang is zhang, ch'ang is chang), and English documents often drop it, so "Hsu Ching-hua" reads
 * as xu jinghua, not qinghua.
 */
final class WadeGiles {
  private static final Pattern WORD = Pattern.compile("[a-zü'’]+(?:-[a-zü'’]+)*");
  private static final Pattern MARKER =
      Pattern.compile(
          "^(hs|ts|tz|ch['’]|k['’]|t['’]|p['’])|(ih|ien|ieh)$|^ch(i|ü)|^(kuo|kuei|ssu|szu|yeh|erh)$");

  // Initials, longest first; the value is the pinyin initial (before i/ü for the palatal ones).
  private static final String[][] INITIALS = {
    {"ch'", "ch"},
    {"ts'", "c"},
    {"tz'", "c"},
    {"hs", "x"},
    {"ch", "zh"},
    {"ts", "z"},
    {"tz", "z"},
    {"ss", "s"},
    {"sz", "s"},
    {"sh", "sh"},
    {"k'", "k"},
    {"t'", "t"},
    {"p'", "p"},
    {"k", "g"},
    {"t", "d"},
    {"p", "b"},
    {"j", "r"},
    {"s", "s"},
    {"h", "h"},
    {"l", "l"},
    {"m", "m"},
    {"n", "n"},
    {"f", "f"},
    {"w", "w"},
    {"y", "y"},
    {"", ""}
  };

  private WadeGiles() {}

  private static final class Syllables {
    static final Set<String> PINYIN = pinyin();

    private static Set<String> pinyin() {
      Set<String> s = new HashSet<>();
      HanTable t = HanTable.shipped();
      for (int cp = HanTable.FIRST; cp <= HanTable.LAST; cp++) {
        String p = t.pinyin(cp);
        if (p != null && !p.isEmpty()) {
          s.add(p);
        }
      }
      return s;
    }
  }

  /** The text with a Wade-Giles name's words in pinyin; the text itself when it is none. */
  static String toPinyin(String folded) {
    if (!mayBeWadeGiles(folded)) {
      return folded;
    }
    Matcher m = WORD.matcher(folded);
    boolean marked = false;
    while (m.find()) {
      for (String part : m.group().split("-")) {
        if (MARKER.matcher(part).find() && syllable(part) != null) {
          marked = true;
        }
      }
    }
    if (!marked) {
      return folded;
    }
    m.reset();
    StringBuilder b = new StringBuilder(folded.length());
    while (m.find()) {
      String[] parts = m.group().split("-");
      StringBuilder word = new StringBuilder();
      for (String part : parts) {
        String s = syllable(part);
        if (s == null) {
          word = null;
          break;
        }
        word.append(s);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(word == null ? m.group() : word.toString()));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** A cheap test before any regular expression: most names hold none of the markers. */
  private static boolean mayBeWadeGiles(String s) {
    return s.contains("hs")
        || s.contains("ts")
        || s.contains("tz")
        || s.contains("'")
        || s.contains("’")
        || s.contains("ih")
        || s.contains("ie")
        || s.contains("ch")
        || s.contains("kuo")
        || s.contains("kuei")
        || s.contains("ssu")
        || s.contains("szu")
        || s.contains("yeh")
        || s.contains("erh");
  }

  /** The pinyin of one Wade-Giles syllable, or null when it is not one. */
  static String syllable(String wg) {
    String w = wg.replace('’', '\'');
    for (String[] ini : INITIALS) {
      if (!w.startsWith(ini[0])) {
        continue;
      }
      String fin = w.substring(ini[0].length());
      String initial = ini[1];
      String p = initial + finalOf(ini[0], initial, fin);
      // Palatals: ch/ch' before i or ü are j/q (chiang: jiang, ch'ing: qing).
      if ((ini[0].equals("ch") || ini[0].equals("ch'"))
          && !fin.equals("ih")
          && (fin.startsWith("i") || fin.startsWith("ü"))) {
        p = (ini[0].equals("ch") ? "j" : "q") + finalOf("", "j", fin);
      }
      if (p.indexOf('\'') < 0 && Syllables.PINYIN.contains(p)) {
        return p;
      }
    }
    return null;
  }

  private static String finalOf(String wgInitial, String initial, String fin) {
    if (fin.equals("ih")
        && (initial.equals("zh")
            || initial.equals("ch")
            || initial.equals("sh")
            || initial.equals("r"))) {
      return "i"; // chih: zhi, ch'ih: chi, shih: shi, jih: ri
    }
    if (fin.equals("u")
        && (wgInitial.startsWith("tz") || wgInitial.equals("ss") || wgInitial.equals("sz"))) {
      return "i"; // tzu: zi, tz'u: ci, ssu and szu: si (but tsu: zu, su: su)
    }
    String f = fin;
    if (f.equals("o") && (initial.equals("g") || initial.equals("k") || initial.equals("h"))) {
      return "e"; // ko: ge, k'o: ke, ho: he
    }
    if (f.equals("o")
        && (initial.equals("d")
            || initial.equals("t")
            || initial.equals("n")
            || initial.equals("l")
            || initial.equals("z")
            || initial.equals("c")
            || initial.equals("s")
            || initial.equals("r"))) {
      return "uo"; // to: duo, lo: luo, tso: zuo, jo: ruo
    }
    f = f.replace("ien", "ian").replace("ieh", "ie").replace("üeh", "ue").replace("üan", "uan");
    f = f.replace("ü", "u").replace("uei", "ui").replace("erh", "er").replace("ê", "e");
    if (f.endsWith("eh")) {
      f = f.substring(0, f.length() - 1); // yeh: ye
    }
    if (f.endsWith("ung")) {
      f = f.substring(0, f.length() - 3) + "ong"; // chung: zhong, hsiung: xiong
    }
    if (initial.equals("y") && f.equals("en")) {
      f = "an"; // yen: yan
    }
    return f;
  }
}
