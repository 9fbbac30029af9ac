package dev.assay.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a name as written, in any script, into the words the matcher compares. The stages, in
 * order:
 *
 * <ol>
 *   <li>NFKC with case folding: full-width letters, ligatures and case stop mattering;
 *   <li>Traditional Chinese characters become Simplified; a Chinese name in Wade-Giles is rewritten
 *       in pinyin ({@link WadeGiles});
 *   <li>Chinese, Japanese and Korean legal forms (有限公司, 株式会社, 주식회사) are taken out;
 *   <li>the text splits into words and Han runs; punctuation goes, but "Int'l" and "S.A." stay one
 *       word;
 *   <li>words of other scripts are transliterated to Latin (Cyrillic, Greek, Arabic, Hangul...);
 *       Han runs become pinyin;
 *   <li>abbreviations are expanded (Intl: international);
 *   <li>legal forms (Co., Ltd., GmbH, OOO, S.A. de C.V.) are taken off the end and, for the forms
 *       that stand there, the start; stop words (of, the, und, de) go;
 *   <li>plurals are made singular ("Technologies": technology);
 *   <li>romanization variants are folded: kh and h, ks and x, ck and k, ph and f, a final -iy, -yy
 *       or -ij and -y, so "Tekhnoresurs" meets "Technoresurs" and "Volzhskiy" meets "Volzhsky";
 *   <li>Han runs are cut into overlapping pairs of characters, the usual way to index Chinese
 *       without a dictionary: 洛克希德 gives luoke, kexi, xide.
 * </ol>
 *
 * Nothing is ever taken out when it would leave the name empty. Thread-safe.
 */
public final class NameNormalizer {
  private static final int MAX_FORM_WORDS = 5;

  private final Vocabulary vocabulary;

  /**
   * Every spelling in name-variants.txt (given names and nicknames): these keep a final s, which is
   * no plural in a name ("James", "Charles", "Thomas" would become jame, charle, thoma and miss
   * "Jim", "Charlie", "Tom").
   */
  private final java.util.Set<String> givenNames;

  public NameNormalizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    java.util.Set<String> names = new java.util.HashSet<>(vocabulary.nameVariants().keySet());
    names.addAll(vocabulary.nameVariants().values());
    this.givenNames = java.util.Set.copyOf(names);
  }

  public static NameNormalizer standard() {
    return new NameNormalizer(Vocabulary.bundled());
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Raised whenever normalization changes in code, so that list indexes saved by an older version
   * are rebuilt instead of used.
   */
  static final int VERSION = 10;

  /**
   * Identifies what this normalizer makes of names: its code version and its word lists. Saved list
   * indexes carry it and are used only by a normalizer with the same.
   */
  public String fingerprint() {
    return "n"
        + VERSION
        + "-"
        + Integer.toHexString(vocabulary.contentHash())
        + "-ja:"
        + JapaneseNames.version();
  }

  /**
   * The name read in Japanese (kanji by their Japanese readings, {@link JapaneseNames}) and
   * normalized like a Latin name, with the legal forms of the name as written; empty when no
   * Japanese reader is on the class path or nothing could be read.
   */
  public java.util.Optional<NormalizedName> japaneseReading(String name) {
    return JapaneseNames.romanized(name)
        .map(
            latin -> {
              NormalizedName read = normalize(latin);
              NormalizedName written = normalize(name);
              return new NormalizedName(
                  name, read.tokens(), read.compact(), written.ignored(), written.forms());
            })
        .filter(n -> !n.isEmpty());
  }

  /**
   * Whether a name should also be read in Japanese: kana or a Japanese legal form in it, or, when
   * the caller knows it (a listed entry's countries), Japan as its country.
   */
  public static boolean readAsJapanese(String name, boolean japaneseCountry) {
    return JapaneseNames.hasHanOrKana(name) && (japaneseCountry || JapaneseNames.isJapanese(name));
  }

  public NormalizedName normalize(String name) {
    String folded = WadeGiles.toPinyin(Scripts.simplified(Scripts.foldCase(splitCamelCase(name))));
    List<String> ignored = new ArrayList<>(2);
    List<Vocabulary.LegalForm> forms = new ArrayList<>(1);
    String withoutForms = removeCjkForms(folded, ignored, forms);
    List<Unit> units = units(withoutForms);
    if (units.isEmpty()) {
      ignored.clear();
      forms.clear();
      units = units(folded);
    }
    stripLegalForms(units, ignored, forms);
    // The compact form keeps stop words: in pinyin "da" and "du" are syllables, not "of the".
    StringBuilder compact = new StringBuilder(32);
    for (Unit unit : units) {
      compact.append(unit.syllables == null ? fold(unit.text) : unit.text);
    }
    stripStopWords(units, ignored, dottedInitials(folded));
    List<NameToken> tokens = new ArrayList<>(units.size() + 2);
    for (Unit unit : units) {
      if (unit.syllables == null) {
        String text = fold(unit.text);
        String compared = vocabulary.nameVariants().getOrDefault(text, text);
        tokens.add(
            new NameToken(
                compared,
                unit.written,
                unit.script,
                vocabulary.genericWords().contains(unit.text)
                    || vocabulary.genericWords().contains(compared),
                unit.abbreviated));
      } else {
        addHanPairs(unit, tokens);
      }
    }
    return new NormalizedName(name, tokens, withoutPinyinForm(compact.toString()), ignored, forms);
  }

  private static final java.util.regex.Pattern CAMEL =
      java.util.regex.Pattern.compile("(?<=\\p{Ll}\\p{Ll}\\p{Ll})(\\p{Lu}[\\p{L}.]+)");

  /**
   * A legal form glued to the name in camel case is split off: "MüllerAG" is "Müller AG",
   * "RostekZAO" is "Rostek ZAO", so the form is recognized. Only legal forms: other camel-case
   * names ("TechInsights", "FridrichMüller") keep their word, and the compact reading matches them
   * to the spaced spelling; split, an abbreviation inside ("Tech") would be expanded on one side
   * only.
   */
  String splitCamelCase(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
        java.util.regex.Matcher m = CAMEL.matcher(name);
        return m.replaceAll(
            r -> {
              String joined = String.join("", Scripts.words(r.group(1)));
              return vocabulary.suffixForms().contains(joined)
                  ? " " + java.util.regex.Matcher.quoteReplacement(r.group(1))
                  : java.util.regex.Matcher.quoteReplacement(r.group(1));
            });
      }
    }
    return name;
  }

  private String removeCjkForms(
      String folded, List<String> ignored, List<Vocabulary.LegalForm> forms) {
    if (!Scripts.hasCjk(folded)) {
      return folded;
    }
    String s = folded;
    for (String form : vocabulary.cjkForms()) {
      if (s.contains(form)) {
        ignored.add(form);
        addForm(forms, vocabulary.formClasses().get(form));
        s = s.replace(form, " ");
      }
    }
    return s;
  }

  private static void addForm(List<Vocabulary.LegalForm> forms, Vocabulary.LegalForm form) {
    if (form != null && !forms.contains(form)) {
      forms.add(form);
    }
  }

  private List<Unit> units(String text) {
    List<Unit> units = new ArrayList<>(6);
    for (Scripts.Piece piece : arabicArticles(Scripts.pieces(text))) {
      if (piece.han()) {
        hanUnits(piece.text(), units);
        continue;
      }
      String latin = Scripts.latin(piece.text());
      String script = latin.equals(piece.text()) ? "Latin" : Scripts.scriptOf(piece.text());
      // A Hangul word is read one syllable a word; each keeps its own syllable as written, so
      // that two Hangul names are compared by their syllables, not by romanizations that fold
      // several syllables into one spelling (종 and 정 are both "jong").
      int[] syllables = script.equals("Hangul") ? piece.text().codePoints().toArray() : null;
      int wordIndex = 0;
      int start = 0;
      for (int i = 0; i <= latin.length(); i++) {
        if (i == latin.length() || latin.charAt(i) == ' ') {
          if (i > start) {
            String word = latin.substring(start, i);
            String written =
                syllables != null
                        && syllables.length == latin.split(" ").length
                        && Hangul.isSyllable(syllables[wordIndex])
                    ? new String(syllables, wordIndex, 1)
                    : piece.text();
            wordIndex++;
            String expanded = vocabulary.abbreviations().getOrDefault(word, word);
            java.util.regex.Matcher abd = ABD.matcher(expanded);
            String glued = script.equals("Latin") ? gluedArticle(expanded) : null;
            if (glued != null) {
              // "Alhassan", "Elhadi": the article run into an Arabic given name, which other
              // spellings write apart ("Al-Hassan") or leave out; the article is a stop word.
              units.add(new Unit(glued, written, script, null, false));
            } else if (script.equals("Latin")
                && abd.matches()
                && !"abdullah"
                    .equals(
                        vocabulary.nameVariants().getOrDefault(fold(expanded), fold(expanded)))) {
              // "Abdulrahman", "Abdelkarim": Arabic writes two words, عبد الرحمن, and so do
              // other romanizations ("Abd al-Karim", "Abdul Karim"): compared as two.
              units.add(new Unit("abd", piece.text(), script, null, false));
              units.add(new Unit(abd.group(1), piece.text(), script, null, false));
            } else {
              String unitText = givenNames.contains(fold(expanded)) ? expanded : singular(expanded);
              units.add(new Unit(unitText, written, script, null, !expanded.equals(word)));
            }
          }
          start = i + 1;
        }
      }
    }
    return numbers(units);
  }

  /**
   * Number words and ordinals as digits ({@link Numbers}): "First" and "1st" are 1, "Forty-Four"
   * and "forty four" one word 44. Digits alone stay as written.
   */
  private static List<Unit> numbers(List<Unit> units) {
    boolean any = false;
    for (Unit u : units) {
      any |=
          u.syllables == null && (Numbers.value(u.text) >= 0 || Numbers.lookAlike(u.text) != null);
    }
    if (!any) {
      return units;
    }
    List<Unit> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      String letters = u.syllables == null ? Numbers.lookAlike(u.text) : null;
      if (letters != null) {
        out.add(new Unit(letters, u.written, u.script, null, false));
        continue;
      }
      int v = u.syllables == null && u.script.equals("Latin") ? Numbers.value(u.text) : -1;
      if (v < 0 || u.text.chars().allMatch(Character::isDigit)) {
        out.add(u);
        continue;
      }
      if (Numbers.tens(u.text)
          && i + 1 < units.size()
          && units.get(i + 1).syllables == null
          && Numbers.unit(units.get(i + 1).text)) {
        v += Numbers.value(units.get(i + 1).text);
        out.add(
            new Unit(
                String.valueOf(v),
                u.written + " " + units.get(i + 1).written,
                u.script,
                null,
                false));
        i++;
        continue;
      }
      out.add(new Unit(String.valueOf(v), u.written, u.script, null, false));
    }
    return out;
  }

  private static final java.util.regex.Pattern GLUED_AL =
      java.util.regex.Pattern.compile("(?:al|el)([a-z]{3,})");

  /**
   * The name after an Arabic article written together with it ("alhassan" is hassan), when that
   * name is one of the Arabic given names of name-variants.txt; null for any other word, so
   * "Alexander", "Alina" or "Alhambra" stay whole.
   */
  private String gluedArticle(String word) {
    java.util.regex.Matcher m = GLUED_AL.matcher(word);
    if (!m.matches()) {
      return null;
    }
    String rest = fold(m.group(1));
    return ArabicLatin.MARKERS.contains(vocabulary.nameVariants().getOrDefault(rest, rest))
        ? m.group(1)
        : null;
  }

  private static final java.util.regex.Pattern ABD =
      java.util.regex.Pattern.compile("abd(?:oul|ul|el|al|ol|u|e|i|a)?([a-z]{3,})");

  private static final String ARABIC_ARTICLE = "\u0627\u0644"; // ال
  private static final String ARABIC_LIL = "\u0644\u0644"; // لل, li- and the article
  private static final String ALLAH = "\u0627\u0644\u0644\u0647"; // الله
  private static final String ABD_AR = "\u0639\u0628\u062f"; // عبد

  /**
   * Arabic words as Latin documents write them: the article ال joined to a word is taken off
   * (الحسيني is al-Husseini, and "al" is a stop word in Latin), and عبد الله is one word, as
   * "Abdullah" is. Other scripts pass unchanged.
   */
  private static List<Scripts.Piece> arabicArticles(List<Scripts.Piece> pieces) {
    boolean arabic = false;
    for (Scripts.Piece p : pieces) {
      arabic |= !p.han() && p.text().indexOf('\u0627') >= 0;
    }
    if (!arabic) {
      return pieces;
    }
    List<Scripts.Piece> out = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      Scripts.Piece p = pieces.get(i);
      String t = p.text();
      if (p.han()) {
        out.add(p);
      } else if (t.equals(ABD_AR)
          && i + 1 < pieces.size()
          && pieces.get(i + 1).text().equals(ALLAH)) {
        out.add(new Scripts.Piece(ABD_AR + ALLAH, false));
        i++;
      } else if (t.startsWith(ARABIC_ARTICLE) && t.length() > 3 && !t.equals(ALLAH)) {
        out.add(new Scripts.Piece(t.substring(2), false));
      } else if (t.startsWith(ARABIC_LIL) && t.length() > 4) {
        // للتجارة is li- and al- joined to تجارة, "for (the) trade": "Trading" in Latin names.
        out.add(new Scripts.Piece(t.substring(2), false));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private void hanUnits(String run, List<Unit> units) {
    int start = 0;
    int[] cps = run.codePoints().toArray();
    for (int i = 0; i <= cps.length; i++) {
      if (i == cps.length || vocabulary.cjkStopChars().contains(cps[i])) {
        if (i > start) {
          String[] syllables = new String[i - start];
          StringBuilder text = new StringBuilder();
          for (int k = start; k < i; k++) {
            syllables[k - start] = Scripts.pinyin(cps[k]);
            text.append(syllables[k - start]);
          }
          units.add(
              new Unit(
                  text.toString(), new String(cps, start, i - start), "Han", syllables, false));
        }
        start = i + 1;
      }
    }
  }

  private void stripLegalForms(
      List<Unit> units, List<String> ignored, List<Vocabulary.LegalForm> forms) {
    boolean stripped = true;
    while (stripped && units.size() > 1) {
      stripped = false;
      for (int k = Math.min(MAX_FORM_WORDS, units.size() - 1); k >= 1; k--) {
        String form = joined(units, units.size() - k, units.size());
        if (vocabulary.suffixForms().contains(form)) {
          addForm(forms, vocabulary.formClasses().get(form));
          ignored.add(written(units, units.size() - k, units.size()));
          units.subList(units.size() - k, units.size()).clear();
          stripped = true;
          break;
        }
      }
    }
    stripped = true;
    while (stripped && units.size() > 1) {
      stripped = false;
      for (int k = Math.min(MAX_FORM_WORDS, units.size() - 1); k >= 1; k--) {
        String form = joined(units, 0, k);
        if (vocabulary.prefixForms().contains(form)) {
          addForm(forms, vocabulary.formClasses().get(form));
          ignored.add(written(units, 0, k));
          units.subList(0, k).clear();
          stripped = true;
          break;
        }
      }
    }
  }

  private static final java.util.regex.Pattern DOTTED_INITIAL =
      java.util.regex.Pattern.compile("(?<![\\p{L}.'\u2019])(\\p{L})\\.(?=[\\s,-]|$)");

  /**
   * The letters written as initials with a full stop ("A. Hollings", "J. Whitfield"): such a letter
   * is a given name, never the article or preposition a stop word of one letter is ("a", "y").
   */
  private static java.util.Set<String> dottedInitials(String folded) {
    if (folded.indexOf('.') < 0) {
      return java.util.Set.of();
    }
    java.util.Set<String> letters = new java.util.HashSet<>(2);
    java.util.regex.Matcher m = DOTTED_INITIAL.matcher(folded);
    while (m.find()) {
      letters.add(Scripts.latin(m.group(1)));
    }
    return letters;
  }

  private boolean isStopWord(Unit u, java.util.Set<String> initials) {
    return u.syllables == null
        && vocabulary.stopWords().contains(u.text)
        && !initials.contains(u.text);
  }

  private void stripStopWords(
      List<Unit> units, List<String> ignored, java.util.Set<String> initials) {
    int stop = 0;
    for (Unit u : units) {
      if (isStopWord(u, initials)) {
        stop++;
      }
    }
    if (stop == 0 || stop == units.size()) {
      return;
    }
    units.removeIf(
        u -> {
          boolean remove = isStopWord(u, initials);
          if (remove) {
            ignored.add(u.text);
          }
          return remove;
        });
  }

  private void addHanPairs(Unit unit, List<NameToken> tokens) {
    String[] syl = unit.syllables;
    int[] cps = unit.written.codePoints().toArray();
    if (syl.length == 1) {
      tokens.add(new NameToken(syl[0], unit.written, "Han", false, false));
      return;
    }
    for (int i = 0; i + 1 < syl.length; i++) {
      String pair = syl[i] + syl[i + 1];
      tokens.add(
          new NameToken(
              pair, new String(cps, i, 2), "Han", vocabulary.genericWords().contains(pair), false));
    }
  }

  private static String joined(List<Unit> units, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(units.get(i).text);
    }
    return b.toString();
  }

  private static String written(List<Unit> units, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(units.get(i).written);
    }
    return b.toString();
  }

  /**
   * Takes a Chinese legal form written in pinyin off the end of the compact form, where it may be
   * run into the name ("Madinggongsi"): the words could not show it.
   */
  static String withoutPinyinForm(String compact) {
    String c = compact;
    for (String form : PINYIN_FORMS) {
      if (c.endsWith(form) && c.length() > form.length() + 3) {
        c = c.substring(0, c.length() - form.length());
      }
    }
    return c;
  }

  private static final String[] PINYIN_FORMS = {"gongsi", "youxianzeren", "youxian", "gufen"};

  /**
   * Folds spellings that romanizations of the same sound differ in. Applied alike to listed and
   * screened names, after legal forms and generic words are recognized.
   */
  static String fold(String word) {
    if (word.length() < 4) {
      return word;
    }
    String w = word;
    if (w.indexOf('h') >= 0) {
      w = w.replace("kh", "h").replace("ph", "f");
    }
    if (w.indexOf('k') >= 0) {
      w = w.replace("ck", "k").replace("ks", "x");
    }
    int n = w.length();
    if (n > 4 && (w.endsWith("iy") || w.endsWith("yy") || w.endsWith("ij") || w.endsWith("yj"))) {
      w = w.substring(0, n - 2) + "y";
    }
    return w;
  }

  /**
   * The singular of a plural trade word ("Technologies": technology, "Systems": system) when the
   * singular is a known generic word. Other words stay as written: made singular, a typo in a brand
   * could turn into another word ("Harrls": harrl) and stop matching "Harris".
   */
  static String singular(String word, java.util.Set<String> known) {
    String s = singular(word);
    return known.contains(s) ? s : word;
  }

  /** Plural to singular for words long enough to be plurals: systems, industries, analytics. */
  static String singular(String word) {
    int n = word.length();
    if (n <= 4 || !isAsciiLetters(word)) {
      return word;
    }
    if (word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")
        && !word.endsWith("os")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  private static boolean isAsciiLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** One word (or Han run) on its way to tokens. */
  private static final class Unit {
    final String text;
    final String written;
    final String script;
    final String[] syllables;
    final boolean abbreviated;

    Unit(String text, String written, String script, String[] syllables, boolean abbreviated) {
      this.text = text;
      this.written = written;
      this.script = script;
      this.syllables = syllables;
      this.abbreviated = abbreviated;
    }
  }
}
