package dev.assay.screening.matching;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores two normalized names. Words are paired one to one, best pairs first, in any order (word
 * order does not matter); each pair counts by its similarity and by the weight of its words, so a
 * shared distinctive word counts three times a shared generic one. The score is the weighted share
 * of both names that is matched:
 *
 * <pre>
 * score = Σ similarity × (weight of screened word + weight of listed word) / (weight of both names)
 * </pre>
 *
 * so words on either side that match nothing lower it. Two other readings can win when they score
 * higher: the names written together (spacing, pinyin run together), and initials.
 *
 * <p>Word similarity: the same word 1; a shortening of at least three letters 0.75; a typo (one
 * edit in words of 4 to 7 letters, two in longer ones, an adjacent swap counting as one) 1 minus
 * 1.25 edits over length. Thread-safe.
 */
public final class NameScorer {
  static final double ABBREVIATION_SIMILARITY = 0.75;
  static final double INITIALS_SIMILARITY = 0.85;
  static final double TYPO_PENALTY = 1.25;
  static final double INITIAL_SIMILARITY = 0.8;
  static final double CONSONANT_SIMILARITY = 0.9;
  static final double HOMOPHONE = 0.7;

  /** Homophone similarity between two names of at most four Chinese characters. */
  static final double SHORT_NAME_HOMOPHONE = 0.3;

  /** Whether the words are one run of at most four Chinese characters (its overlapping pairs). */
  private static boolean shortHan(List<NameToken> tokens) {
    if (tokens.isEmpty() || tokens.size() > 3) {
      return false;
    }
    for (NameToken t : tokens) {
      if (!t.script().equals("Han")) {
        return false;
      }
    }
    return true;
  }

  /** Two Han words read alike in pinyin but written with other characters. */
  static boolean homophones(NameToken x, NameToken y) {
    return x.script().equals("Han")
        && y.script().equals("Han")
        && !Scripts.simplified(x.written()).equals(Scripts.simplified(y.written()));
  }

  /**
   * How many listed names have a word (its frequency in the loaded lists), and how many names there
   * are; {@link #NO_RARITY} weighs every word by its kind alone.
   */
  public interface WordFrequency {
    int namesWith(String word);

    int names();

    /**
     * Whether the word is (part of) a legal form: listed names have them taken off, so their
     * absence from the lists says nothing ("Company" in the middle of a name).
     */
    default boolean legalFormWord(String word) {
      return false;
    }
  }

  static final WordFrequency NO_RARITY =
      new WordFrequency() {
        @Override
        public int namesWith(String word) {
          return -1;
        }

        @Override
        public int names() {
          return 0;
        }
      };

  /**
   * Up to this many names with a word, the word counts in full (whatever the size of the lists).
   */
  static final int RARE = 3;

  /** The least a frequent word counts, as a share of its weight. */
  static final double MIN_RARITY = 0.3;

  private final WordFrequency frequency;
  private final java.util.concurrent.ConcurrentHashMap<String, Integer> counted =
      new java.util.concurrent.ConcurrentHashMap<>();

  public NameScorer() {
    this(NO_RARITY);
  }

  /**
   * A scorer that weighs each word by its rarity in the lists as well: a word that many listed
   * names share (muhammad, ali, wang, trading, beijing) says less about which entry is meant than
   * one that few have, so the matched share of a name is carried by its distinctive words.
   */
  public NameScorer(WordFrequency frequency) {
    this.frequency = frequency;
  }

  private int namesWith(String word) {
    Integer n = counted.get(word);
    if (n == null) {
      n = frequency.namesWith(word);
      if (counted.size() < 200_000) {
        counted.put(word, n);
      }
    }
    return n;
  }

  /**
   * The rarity share of a word: 1 up to {@link #RARE} names or one name in 2,000, then falling with
   * the logarithm of its frequency, down to {@link #MIN_RARITY}.
   */
  double rarity(String word) {
    if (frequency == NO_RARITY) {
      return 1;
    }
    int n = namesWith(word);
    double rare = Math.max(RARE, frequency.names() / 2000.0);
    return n <= rare ? 1 : Math.max(MIN_RARITY, 1 - 0.25 * Math.log(n / rare));
  }

  /** A word's weight: its kind (generic trade words count less) times its rarity in the lists. */
  double weight(NameToken t) {
    return t.weight() * rarity(t.text());
  }

  /**
   * The weight of a screened word that matched nothing: a word no listed name has at all is
   * distinctive evidence that the names differ, even a trade word ("Corvane Trust Company" is not
   * "Corvane" when no listed name says "trust").
   */
  double unmatchedWeight(NameToken t) {
    if (frequency != NO_RARITY
        && t.generic()
        && !frequency.legalFormWord(t.text())
        && namesWith(t.text()) == 0) {
      return 1;
    }
    return weight(t);
  }

  /**
   * The weight of an unpaired word facing an unpaired word of the other name: in full, whatever its
   * kind or rarity. A common given name (Mohamed against Ahmed), a frequent surname or a trade word
   * (Trust against Bank) that differs says the names differ as much as any word does; the lower
   * weights are for words the names share, which say little about who is meant.
   */
  double contradictingWeight(NameToken t) {
    return 1.0;
  }

  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

  public NameScore score(NormalizedName screened, NormalizedName listed) {
    List<NameToken> q = screened.tokens();
    List<NameToken> a = listed.tokens();
    if (q.isEmpty() || a.isEmpty()) {
      return NameScore.NONE;
    }
    if (ArabicLatin.arabicName(q) || ArabicLatin.arabicName(a)) {
      q = benAsBin(q);
      a = benAsBin(a);
    }
    NameScore initials = initials(q, listed, false);
    if (initials == null) {
      initials = initials(a, screened, true);
    }
    if (initials != null) {
      return initials;
    }
    boolean[] chainSwapped = new boolean[1];
    NameScore words = words(q, a, people(screened) && people(listed), chainSwapped);
    if (chainSwapped[0]) {
      // The words are shared but say who is whose son the other way round: no reading that
      // ignores word order (whole-name Thai, compact) may bring the pair back.
      return words;
    }
    NameScore thai = thaiWhole(q, a);
    if (thai != null && thai.score() > words.score()) {
      return thai;
    }
    // The compact reading is for names spaced differently, or pinyin against Han; when both
    // names have the same number of words in the same script, the words say more (a different
    // brand in front of the same trade words must not pass as one typo).
    boolean spacingMayDiffer = q.size() != a.size() || hasHan(q) != hasHan(a);
    if (spacingMayDiffer && words.score() < 0.999) {
      NameScore compact = compact(screened, listed);
      if (compact != null && compact.score() > words.score()) {
        return compact;
      }
    }
    return words;
  }

  /**
   * An Arabic name's "Ben" read as the particle bin ("Isa Ben Tarif" is Isa bin Tarif, as Maghreb
   * spellings write it), not as Benjamin, which name-variants.txt makes it elsewhere ("Ben
   * Netanyahu"). Called when either name is marked as Arabic ({@link ArabicLatin#arabicName}).
   */
  static List<NameToken> benAsBin(List<NameToken> tokens) {
    List<NameToken> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      if (t.text().equals("benjamin")
          && t.script().equals("Latin")
          && t.written().replaceAll("[^\\p{L}]", "").equalsIgnoreCase("ben")) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        out.set(i, new NameToken("bin", t.written(), t.script(), t.generic(), t.abbreviated()));
      }
    }
    return out == null ? tokens : out;
  }

  /**
   * Similarity of one given name in two languages (John and Juan, Giuseppe and Yusuf): evidence
   * that two people are one, not identity, so less than a typo; a two-word name with its surname
   * the same stays between review and block.
   */
  static final double OTHER_LANGUAGE = 0.7;

  /** A name that may be a person's: no legal form and no trade word. */
  private static boolean people(NormalizedName name) {
    if (!name.forms().isEmpty()) {
      return false;
    }
    for (NameToken t : name.tokens()) {
      if (t.generic()) {
        return false;
      }
    }
    return true;
  }

  private NameScore words(
      List<NameToken> q, List<NameToken> a, boolean people, boolean[] chainSwapped) {
    int m = q.size();
    int n = a.size();
    boolean[] usedQ = new boolean[m];
    boolean[] usedA = new boolean[n];
    // Which word of the listed name each screened word was paired with, how alike, and its
    // explanation: the patronymic chain check below may take pairs back.
    int[] pairQ = new int[m];
    double[] simQ = new double[m];
    TokenMatch[] matchQ = new TokenMatch[m];
    java.util.Arrays.fill(pairQ, -1);
    List<TokenMatch> matches = new ArrayList<>(Math.min(m, n));
    double matched = 0;
    // Between two short names in characters alone (at most four: a person's name, one or two
    // characters of surname and of given name), a character of another sound-alike is another
    // name: 王立君 is not 王立军. Longer names (companies) keep the milder homophone similarity.
    double homophone = shortHan(q) && shortHan(a) ? SHORT_NAME_HOMOPHONE : HOMOPHONE;
    // Exact words first: they are the best pairs there can be.
    for (int i = 0; i < m; i++) {
      String t = q.get(i).text();
      for (int j = 0; j < n; j++) {
        if (!usedA[j] && a.get(j).text().equals(t)) {
          usedQ[i] = true;
          usedA[j] = true;
          NameToken x = q.get(i);
          NameToken y = a.get(j);
          if (otherHangulSyllables(x, y)) {
            // Two Hangul syllables romanized alike ("jong" for 종 and 정): another syllable of a
            // two-syllable given name is another name.
            double sim = hangulOther(q, a);
            matchQ[i] = new TokenMatch(x.written(), y.written(), MatchKind.TYPO, sim);
            matches.add(matchQ[i]);
            pairQ[i] = j;
            simQ[i] = sim;
            matched += sim * (weight(x) + weight(y));
            break;
          }
          if (homophones(x, y)) {
            // Same pinyin, other characters: 王伟 and 王玮 are two people. Chinese given names
            // are one or two characters, so one character is half the name or more.
            matchQ[i] = new TokenMatch(x.written(), y.written(), MatchKind.TYPO, homophone);
            matches.add(matchQ[i]);
            pairQ[i] = j;
            simQ[i] = homophone;
            matched += homophone * (weight(x) + weight(y));
            break;
          }
          MatchKind kind =
              !x.script().equals(y.script())
                  ? MatchKind.TRANSLITERATED
                  : x.abbreviated() != y.abbreviated() ? MatchKind.ABBREVIATION : MatchKind.EXACT;
          matchQ[i] = new TokenMatch(x.written(), y.written(), kind, 1.0);
          matches.add(matchQ[i]);
          pairQ[i] = j;
          simQ[i] = 1.0;
          matched += weight(x) + weight(y);
          break;
        }
      }
    }
    if (matches.size() < Math.min(m, n)) {
      matched += fuzzyPairs(q, a, usedQ, usedA, matches, people, pairQ, simQ, matchQ);
    }
    boolean[] swapped = PatronymicChain.swapped(q, a, pairQ);
    if (swapped != null) {
      // A word of one name's patronymic chain paired with another generation of the other's
      // ("Salman bin Muhammad" against "Muhammad bin Salman"): the pair says the names differ,
      // so the words are taken back unpaired and count as contradicting words.
      chainSwapped[0] = true;
      for (int i = 0; i < m; i++) {
        if (swapped[i]) {
          int j = pairQ[i];
          matched -= simQ[i] * (weight(q.get(i)) + weight(a.get(j)));
          usedQ[i] = false;
          usedA[j] = false;
          matches.remove(matchQ[i]);
        }
      }
    }
    double total = 0;
    List<String> restQ = new ArrayList<>();
    List<String> restA = new ArrayList<>();
    // A word on each side that found no pair is a word written differently: one name says
    // Mohamed where the other says Ahmed. Such a contradiction is evidence that the names differ,
    // however common the words are, so common given names, frequent and trade words count in full
    // there (a word on one side only, a middle name left out, keeps its lower weight).
    boolean contradiction = !allUsed(usedQ) && !allUsed(usedA);
    for (int i = 0; i < m; i++) {
      total +=
          usedQ[i]
              ? weight(q.get(i))
              : contradiction ? contradictingWeight(q.get(i)) : unmatchedWeight(q.get(i));
      if (!usedQ[i]) {
        restQ.add(q.get(i).written());
      }
    }
    for (int j = 0; j < n; j++) {
      total += usedA[j] || !contradiction ? weight(a.get(j)) : contradictingWeight(a.get(j));
      if (!usedA[j]) {
        restA.add(a.get(j).written());
      }
    }
    // Forgiven only when the other name has every word paired: a middle name left out, not one
    // written differently ("Jean-Paul" is not "Jean-Pierre").
    // Nor when the other name gives a mere initial: "J. Martin" says too little to also drop
    // "Pierre" from "Jean-Pierre Martin".
    if (allUsed(usedQ) && noInitials(q)) {
      total -= MISSING_MIDDLE * missingMiddle(a, usedA);
      total -= MISSING_MIDDLE * missingPatronymic(q, a, usedA);
    } else if (allUsed(usedA) && noInitials(a)) {
      total -= MISSING_MIDDLE * missingMiddle(q, usedQ);
      total -= MISSING_MIDDLE * missingPatronymic(a, q, usedQ);
    }
    return new NameScore(matched / total, matches, restQ, restA);
  }

  private static boolean noInitials(List<NameToken> tokens) {
    for (NameToken t : tokens) {
      if (t.text().length() == 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean allUsed(boolean[] used) {
    for (boolean u : used) {
      if (!u) {
        return false;
      }
    }
    return true;
  }

  /** The share of a middle name's weight that is not counted when the other name leaves it out. */
  static final double MISSING_MIDDLE = 0.5;

  /**
   * The weight of the middle words of a person-like name (Latin words, no trade words, three to
   * five of them) that found no pair while its first and last words did: "James Whitfield" and
   * "James Edward Whitfield" are likely one person, as documents often drop a middle name. Only the
   * part {@link #MISSING_MIDDLE} of it is forgiven; 0 otherwise.
   */
  private double missingMiddle(List<NameToken> tokens, boolean[] used) {
    int n = tokens.size();
    if (n < 3 || n > 5 || !used[0] || !used[n - 1]) {
      return 0;
    }
    double missing = 0;
    for (int i = 0; i < n; i++) {
      NameToken t = tokens.get(i);
      if (t.generic() || !t.script().equals("Latin")) {
        return 0;
      }
      if (!used[i]) {
        missing += weight(t);
      }
    }
    return missing;
  }

  /**
   * The weight of the one Russian or Ukrainian patronymic ("Viktorovich", "Pavlovna", Викторович)
   * of a name that found no pair, when the other name, of two words or more, is paired whole:
   * "Andrey Kuznetsov" and "Кузнецов Андрей Викторович" are likely one person, as documents in
   * Latin letters often leave the patronymic out, wherever it stands (Russian lists write the
   * surname first). Only the part {@link #MISSING_MIDDLE} of it is forgiven; 0 otherwise.
   */
  private double missingPatronymic(List<NameToken> whole, List<NameToken> tokens, boolean[] used) {
    if (whole.size() < 2) {
      return 0;
    }
    NameToken missing = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (!used[i]) {
        if (missing != null || !patronymic(tokens.get(i))) {
          return 0;
        }
        missing = tokens.get(i);
      }
    }
    return missing == null ? 0 : weight(missing);
  }

  /** A Russian or Ukrainian patronymic: -ovich, -evich, -ovna, -evna, -ichna in any spelling. */
  static boolean patronymic(NameToken t) {
    if (t.text().length() < 7 || !(t.script().equals("Latin") || t.script().equals("Cyrillic"))) {
      return false;
    }
    String k = Cyrillic.key(t.text());
    return k.endsWith("EvIS") || k.endsWith("EvnA") || k.endsWith("ISnA");
  }

  /** Pairs the words left over by similarity, best first; returns the weight they add. */
  private double fuzzyPairs(
      List<NameToken> q,
      List<NameToken> a,
      boolean[] usedQ,
      boolean[] usedA,
      List<TokenMatch> out,
      boolean people,
      int[] pairQ,
      double[] simQ,
      TokenMatch[] matchQ) {
    List<double[]> pairs = new ArrayList<>();
    boolean arabic = ArabicLatin.arabicName(q) || ArabicLatin.arabicName(a);
    for (int i = 0; i < q.size(); i++) {
      if (usedQ[i]) {
        continue;
      }
      for (int j = 0; j < a.size(); j++) {
        if (usedA[j]) {
          continue;
        }
        double sim = similarity(q.get(i).text(), a.get(j).text());
        if (sim < LONG_VOWEL_SIMILARITY) {
          sim = Math.max(sim, longVowels(q.get(i).text(), a.get(j).text()));
        }
        if (q.get(i).script().equals("Hangul") != a.get(j).script().equals("Hangul")) {
          sim = hangulSyllable(q.get(i), a.get(j), sim);
        } else if (sim > 0 && otherHangulSyllables(q.get(i), a.get(j))) {
          sim = Math.min(sim, hangulOther(q, a));
        }
        if (sim == 0) {
          sim = initial(q.get(i), a.get(j));
        }
        if (sim < CONSONANT_SIMILARITY && q.get(i).abjad() != a.get(j).abjad()) {
          // An Arabic word one letter from its Latin spelling ("Khalid", halid, and خالد, hald)
          // is the same word by its consonants, which says more than the typo does.
          sim = Math.max(sim, consonants(q.get(i), a.get(j)));
        } else if (sim == 0) {
          sim = consonants(q.get(i), a.get(j));
        }
        if (arabic && sim < ArabicLatin.SIMILARITY) {
          // Two romanizations of one Arabic word ("Fouad", "Fuad") inside an Arabic name.
          sim = Math.max(sim, ArabicLatin.similarity(q.get(i), a.get(j)));
        }
        if (sim < Cyrillic.SIMILARITY) {
          // A Russian word in another transliteration system ("Kusnezow", Кузнецов).
          sim = Math.max(sim, Cyrillic.similarity(q.get(i), a.get(j)));
        }
        if (sim == 0
            && q.get(i).script().equals("Latin")
            && a.get(j).script().equals("Latin")
            && !q.get(i).abbreviated()
            && !a.get(j).abbreviated()) {
          // A typo at the end of a word can defeat singular forms ("Harrls" became "harrl",
          // "Harris" stayed): compare the words as written too. Not an abbreviation the
          // vocabulary expanded: "Tech" means technology, not the start of "TechInsights".
          sim = similarity(letters(q.get(i).written()), letters(a.get(j).written()));
        }
        if (people
            && sim < OTHER_LANGUAGE
            && GivenNamesAcrossLanguages.oneName(q.get(i).text(), a.get(j).text())) {
          // John and Juan: one given name in two languages, between the names of people only
          // (San Miguel Brewery is not Saint Michael Brewery).
          sim = OTHER_LANGUAGE;
        }
        if (sim > 0) {
          pairs.add(new double[] {sim, i, j});
        }
      }
    }
    pairs.sort((x, y) -> Double.compare(y[0], x[0]));
    double added = 0;
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (usedQ[i] || usedA[j]) {
        continue;
      }
      usedQ[i] = true;
      usedA[j] = true;
      NameToken x = q.get(i);
      NameToken y = a.get(j);
      MatchKind kind =
          p[0] == CONSONANT_SIMILARITY
                  && (x.abjad() != y.abjad()
                      || x.thai() != y.thai()
                      || !x.script().equals(y.script()))
              ? MatchKind.TRANSLITERATED
              : p[0] == ABBREVIATION_SIMILARITY && isPrefixPair(x.text(), y.text())
                  ? MatchKind.ABBREVIATION
                  : p[0] == OTHER_LANGUAGE && GivenNamesAcrossLanguages.oneName(x.text(), y.text())
                      ? MatchKind.OTHER_LANGUAGE
                      : p[0] == INITIAL_SIMILARITY
                              && Math.min(x.text().length(), y.text().length()) == 1
                          ? MatchKind.INITIALS
                          : MatchKind.TYPO;
      matchQ[i] = new TokenMatch(x.written(), y.written(), kind, p[0]);
      out.add(matchQ[i]);
      pairQ[i] = j;
      simQ[i] = p[0];
      added += p[0] * (weight(x) + weight(y));
    }
    return added;
  }

  /**
   * An initial against the word it may stand for: "J.-P. Martin" and "Jean-Pierre Martin" ("j" and
   * "jean", "p" and "pierre"). Latin letters only; less than the word itself, so that a full name
   * still outranks its initials.
   */
  static double initial(NameToken x, NameToken y) {
    String a = x.text();
    String b = y.text();
    if (a.length() == 1 && b.length() > 1 && b.charAt(0) == a.charAt(0)
        || b.length() == 1 && a.length() > 1 && a.charAt(0) == b.charAt(0)) {
      return Character.isLetter(a.charAt(0)) ? INITIAL_SIMILARITY : 0;
    }
    return 0;
  }

  /**
   * A word written in Arabic or Hebrew letters against a Latin one with the same consonants ("حسين"
   * and "Hussein", "משה" and "Moshe"): those scripts leave the vowels out, so the Latin letters ICU
   * gives cannot be compared letter for letter.
   */
  static double consonants(NameToken x, NameToken y) {
    if (x.thai() != y.thai()) {
      NameToken latin = x.thai() ? y : x;
      String k = Thai.key(x.text());
      return latin.script().equals("Latin") && k.length() >= 2 && k.equals(Thai.key(y.text()))
          ? CONSONANT_SIMILARITY
          : 0;
    }
    if (x.abjad() == y.abjad()) {
      return 0;
    }
    NameToken latin = x.abjad() ? y : x;
    if (!latin.script().equals("Latin")) {
      return 0;
    }
    NameToken abjad = x.abjad() ? x : y;
    String l = NameToken.skeleton(latin.text());
    if (l.length() < 2 && !abjad.hebrew()) {
      return 0;
    }
    if (l.equals(NameToken.skeleton(abjad.text()))
            && (abjad.hebrew() || longVowelsWritten(abjad.text(), latin.text()))
        || l.equals(NameToken.consonantW(abjad.text()))) {
      return CONSONANT_SIMILARITY;
    }
    if (abjad.hebrew()) {
      String h = NameToken.hebrewSkeleton(latin.text(), true);
      if (h.length() >= 2
          && (h.equals(NameToken.hebrewSkeleton(abjad.text(), false))
              || h.equals(NameToken.hebrewSkeleton(abjad.text().replace('w', 'v'), false)))) {
        return CONSONANT_SIMILARITY;
      }
    }
    return 0;
  }

  /**
   * Whether a Latin word spells the long vowels an Arabic word writes after its first letter: ي (y)
   * is i, ee, ei, ai or ay in every romanization and و (w) is u, ou, o or w, while the short vowels
   * are not written at all. So حسين (hsyn) is "Husayn", "Hussein" or "Husain" but not "Hassan"
   * (حسن), though the consonants are the same; محمود (mhmwd) is "Mahmoud", not "Mahmad".
   */
  static boolean longVowelsWritten(String arabic, String latin) {
    String rest = latin.length() > 1 ? latin.substring(1) : "";
    if (arabic.indexOf('y', 1) > 0
        && rest.indexOf('i') < 0
        && rest.indexOf('y') < 0
        && rest.indexOf('e') < 0) {
      return false;
    }
    return arabic.indexOf('w', 1) < 0
        || rest.indexOf('u') >= 0
        || rest.indexOf('o') >= 0
        || rest.indexOf('w') >= 0;
  }

  /**
   * A Thai name against a Latin one by the consonant classes of the whole names: Thai writes no
   * spaces inside a name (ไทยรุ่งเรือง is "Thai Rung Ruang"), so its words cannot be paired.
   */
  static NameScore thaiWhole(List<NameToken> q, List<NameToken> a) {
    boolean qThai = q.stream().allMatch(NameToken::thai);
    boolean aThai = a.stream().allMatch(NameToken::thai);
    if (qThai == aThai) {
      return null;
    }
    List<NameToken> latin = qThai ? a : q;
    if (!latin.stream().allMatch(t -> t.script().equals("Latin"))) {
      return null;
    }
    String kq = Thai.key(joined(q));
    if (kq.length() < 3 || !kq.equals(Thai.key(joined(a)))) {
      return null;
    }
    if (q.size() == a.size() && q.size() > 1 && !wordsKeyed(q, a)) {
      // A Thai person's name is spaced like its Latin spelling (given name, surname): then each
      // word must meet its own, so "Peter Wong" (p-t-n, ng) is not ปัญญา ศรีวงศ์ (p-n, t-n-ng),
      // though the whole names share their consonant classes.
      return null;
    }
    return new NameScore(
        CONSONANT_SIMILARITY,
        List.of(
            new TokenMatch(
                writtenJoined(q),
                writtenJoined(a),
                MatchKind.TRANSLITERATED,
                CONSONANT_SIMILARITY)),
        List.of(),
        List.of());
  }

  /** Whether the words have the same consonant classes one by one, in order or reversed. */
  private static boolean wordsKeyed(List<NameToken> q, List<NameToken> a) {
    int n = q.size();
    boolean inOrder = true;
    boolean reversed = true;
    for (int i = 0; i < n; i++) {
      String k = Thai.key(q.get(i).text());
      inOrder &= k.equals(Thai.key(a.get(i).text()));
      reversed &= k.equals(Thai.key(a.get(n - 1 - i).text()));
    }
    return inOrder || reversed;
  }

  private static String joined(List<NameToken> tokens) {
    StringBuilder b = new StringBuilder();
    tokens.forEach(t -> b.append(t.text()));
    return b.toString();
  }

  private static String writtenJoined(List<NameToken> tokens) {
    StringBuilder b = new StringBuilder();
    for (NameToken t : tokens) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(t.written());
    }
    return b.toString();
  }

  /** The similarity of two different words: a shortening, a typo, or 0. */
  static final double LONG_VOWEL_SIMILARITY = 0.95;

  private static final java.util.regex.Pattern JAPANESE_SYLLABLES =
      java.util.regex.Pattern.compile("(?:(?:[kgszjtdnhbpmyrwf]|ch|sh|ts|[kgnhbpmr]y)?[aeiou]|n)+");

  /**
   * Two romanizations of one Japanese word that differ in how the long vowels are written:
   * Hepburn's ō written o, ou, oo or oh ("Itō", "Ito", "Itou"; "Ōno", "Ono", "Oono", "Ohno"), ū as
   * u or uu. Only words made wholly of Japanese syllables once folded, so "Louis" never meets
   * "Lois". Latin letters both; 0 otherwise.
   */
  static double longVowels(String x, String y) {
    // Cheap tests first: this runs for every unpaired pair of words of every candidate.
    if (x.isEmpty()
        || y.isEmpty()
        || x.charAt(0) != y.charAt(0)
        || Math.abs(x.length() - y.length()) > 3
        || !(hasLongVowel(x) || hasLongVowel(y))
        || x.equals(y)) {
      return 0;
    }
    String fx = foldLongVowels(x);
    String fy = foldLongVowels(y);
    return fx.equals(fy) && fx.length() >= 2 && JAPANESE_SYLLABLES.matcher(fx).matches()
        ? LONG_VOWEL_SIMILARITY
        : 0;
  }

  /** Similarity of a Korean syllable read in another spelling of the same sound. */
  static final double KOREAN_SPELLING = 0.95;

  /**
   * Two different syllables, both written in Hangul: Hangul says which syllable each is, so their
   * romanizations (equal, or a letter apart: 형 hyeong, 명 myeong) say nothing more.
   */
  static boolean otherHangulSyllables(NameToken x, NameToken y) {
    return x.script().equals("Hangul")
        && y.script().equals("Hangul")
        && x.written().codePointCount(0, x.written().length()) == 1
        && y.written().codePointCount(0, y.written().length()) == 1
        && !x.written().equals(y.written());
  }

  /**
   * The similarity of two different Hangul syllables: in a person's name (both names of at most
   * four syllables) {@link #KOREAN_OTHER_SYLLABLE}, as one syllable of a two-syllable given name is
   * another name (김정은 is not 김종은); in longer names (companies) the milder {@link #HOMOPHONE}.
   */
  private static double hangulOther(List<NameToken> q, List<NameToken> a) {
    return q.size() <= 4 && a.size() <= 4 ? KOREAN_OTHER_SYLLABLE : HOMOPHONE;
  }

  /** Similarity of a Korean syllable against a Latin word with other sounds. */
  static final double KOREAN_OTHER_SYLLABLE = 0.3;

  /**
   * A syllable read from Hangul against a Latin word: the same syllable in another romanization
   * (Revised, McCune-Reischauer, passport spellings: "Tong" and "dong", "Chol" and "cheol", "Gigye"
   * and "kigye") is {@link #KOREAN_SPELLING}; a Latin word that spells another syllable is {@link
   * #KOREAN_OTHER_SYLLABLE} whatever its letters share, since a Korean given name is two syllables
   * and one of them another is another name ("Sang-chul" is not 성철, Seong-cheol). Latin words only;
   * other pairs keep the similarity given.
   */
  static double hangulSyllable(NameToken x, NameToken y, double sim) {
    NameToken hangul = x.script().equals("Hangul") ? x : y;
    NameToken latin = hangul == x ? y : x;
    if (!latin.script().equals("Latin") || sim >= 1) {
      return sim;
    }
    if (koreanKey(latin.text()).equals(koreanKey(hangul.text()))) {
      return Math.max(sim, KOREAN_SPELLING);
    }
    // Only a syllable-sized word: a whole name run together is compared by its compact form.
    return hangul.text().length() <= 6 && sim > 0 ? Math.min(sim, KOREAN_OTHER_SYLLABLE) : sim;
  }

  /**
   * The sound of a romanized Korean word with the differences of the romanizations folded: g/k,
   * d/t, b/p, j/ch/tch, r/l alike; eo/o, eu/u, oo/u, ee/i, ae/e, oe/e, ou/o alike; h after a
   * consonant (aspiration marks) dropped.
   */
  static String koreanKey(String w) {
    String s =
        w.replace("tch", "c")
            .replace("ch", "c")
            .replace('j', 'c')
            .replace("sh", "s")
            .replace("eo", "o")
            .replace("eu", "u")
            .replace("oo", "u")
            .replace("ou", "o")
            .replace("ee", "i")
            .replace("ae", "e")
            .replace("oe", "e");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'h' && i > 0 && "aeiouwy".indexOf(s.charAt(i - 1)) < 0) {
        continue;
      }
      b.append(
          switch (c) {
            case 'g' -> 'k';
            case 'd' -> 't';
            case 'b' -> 'p';
            case 'r' -> 'l';
            default -> c;
          });
    }
    return b.toString();
  }

  /** Whether a word writes a long vowel the way some romanization does: ou, oo, uu or oh. */
  private static boolean hasLongVowel(String w) {
    for (int i = 0; i + 1 < w.length(); i++) {
      char c = w.charAt(i);
      char n = w.charAt(i + 1);
      if (c == 'o' && (n == 'u' || n == 'o' || n == 'h') || c == 'u' && n == 'u') {
        return true;
      }
    }
    return false;
  }

  static String foldLongVowels(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      b.append(c);
      if (c == 'o' && (next == 'u' || next == 'o')) {
        i++;
      } else if (c == 'u' && next == 'u') {
        i++;
      } else if (c == 'o'
          && next == 'h'
          && (i + 2 >= w.length() || "aeiouy".indexOf(w.charAt(i + 2)) < 0)) {
        i++;
      }
    }
    return b.toString();
  }

  static double similarity(String x, String y) {
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    int ls = shorter.length();
    int ll = longer.length();
    if (ls < 4 && !(ls == 3 && ll - ls >= 2)) {
      return 0;
    }
    int allowed = ll >= 8 ? 2 : 1;
    if (ll - ls <= allowed
        && (x.charAt(0) == y.charAt(0) || x.charAt(x.length() - 1) == y.charAt(y.length() - 1))) {
      int d = (allowed == 1 ? ONE_EDIT : TWO_EDITS).apply(x, y);
      if (d < 0 && allowed == 1 && isAdjacentSwap(x, y)) {
        d = 1;
      } else if (d == 2 && isAdjacentSwap(x, y)) {
        d = 1;
      }
      if (d > 0) {
        // An edit weighs more in a short word: "Lanto" and "Lanmo" are likelier two names than
        // one typo; "Lokheed" and "Lockheed" are one name.
        return 1.0 - TYPO_PENALTY * d / ll;
      }
    }
    if (isPrefixPair(x, y)) {
      return ABBREVIATION_SIMILARITY;
    }
    return 0;
  }

  private static String letters(String written) {
    StringBuilder b = new StringBuilder(written.length());
    for (int k = 0; k < written.length(); k++) {
      char c = written.charAt(k);
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static boolean hasHan(List<NameToken> tokens) {
    for (NameToken t : tokens) {
      if (t.script().equals("Han")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPrefixPair(String x, String y) {
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= 3
        && longer.length() - shorter.length() >= 2
        && longer.startsWith(shorter);
  }

  /** "lockheed" and "lcokheed": the same letters with one neighbouring pair swapped. */
  private static boolean isAdjacentSwap(String x, String y) {
    if (x.length() != y.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < x.length(); i++) {
      if (x.charAt(i) != y.charAt(i)) {
        if (first < 0) {
          first = i;
        } else {
          return i == first + 1
              && x.charAt(first) == y.charAt(i)
              && x.charAt(i) == y.charAt(first)
              && x.regionMatches(i + 1, y, i + 1, x.length() - i - 1);
        }
      }
    }
    return false;
  }

  /** One side is a single word that spells the initials of the other's three or more words. */
  private static NameScore initials(List<NameToken> single, NormalizedName other, boolean swapped) {
    if (single.size() != 1 || other.tokens().size() < 3) {
      return null;
    }
    NameToken t = single.getFirst();
    String initials = other.initials();
    if (initials.length() != other.tokens().size() || !t.text().equals(initials)) {
      return null;
    }
    String written = String.join(" ", other.tokens().stream().map(NameToken::written).toList());
    TokenMatch m =
        swapped
            ? new TokenMatch(written, t.written(), MatchKind.INITIALS, INITIALS_SIMILARITY)
            : new TokenMatch(t.written(), written, MatchKind.INITIALS, INITIALS_SIMILARITY);
    return new NameScore(INITIALS_SIMILARITY, List.of(m), List.of(), List.of());
  }

  /**
   * The names written together, compared letter by letter: catches different spacing
   * ("AeroVironment", "Aero Vironment") and pinyin against Han ("Zhongxin Zaochuan", 中信造船). At most
   * 15% of the letters may differ.
   */
  private static NameScore compact(NormalizedName screened, NormalizedName listed) {
    String x = screened.compact();
    String y = listed.compact();
    int ll = Math.max(x.length(), y.length());
    if (Math.min(x.length(), y.length()) < 5) {
      return null;
    }
    int allowed = (int) Math.floor(ll * 0.15);
    if (Math.abs(x.length() - y.length()) > allowed) {
      return null;
    }
    int d = x.equals(y) ? 0 : new LevenshteinDistance(allowed).apply(x, y);
    if (d < 0) {
      return null;
    }
    double sim = 1.0 - (double) d / ll;
    return new NameScore(
        sim, List.of(new TokenMatch(x, y, MatchKind.SPACING, sim)), List.of(), List.of());
  }
}
