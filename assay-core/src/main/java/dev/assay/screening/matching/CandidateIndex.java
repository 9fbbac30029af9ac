package dev.assay.screening.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the listed names worth scoring for a screened name without looking at the whole list: an
 * inverted index from keys to names. The keys of a listed name are its words, its words with one
 * letter deleted (so a typo on either side still meets: the symmetric-delete method), its
 * neighbouring words joined, the whole name written together, its initials, and its entry's
 * identifiers. A query collects the names that share keys with it, weighted by the words' weights,
 * and hands the best few to the scorer.
 *
 * <p>Generic words of a name that has a distinctive word are not walked when common: they only
 * credit the names the distinctive words found. Very common keys (more than an eighth of the names,
 * at least 2,000) are skipped: they would cost a long walk and tell little; the scorer still counts
 * them. Immutable and thread-safe; each thread keeps its own scratch arrays.
 */
public final class CandidateIndex {
  private static final int MIN_DELETE_LENGTH = 4;
  private static final float DELETE_FACTOR = 0.8f;
  private static final int GENERIC_WALK = 256;

  // The kinds of keys (KeyTable.KINDS); a file stores every key prefixed by its kind's letter.
  static final char WORD = 'w';
  static final char DELETE = 'd';
  static final char INITIALS = 'i';
  static final char IDENTIFIER = '#';
  static final char COMPACT = 'c';
  static final char EXACT = 'e';
  // Consonant skeletons (NameToken.skeleton) of words written in Arabic or Hebrew letters, and of
  // Latin words, so that each finds the other.
  static final char ABJAD_SKELETON = 'a';
  static final char LATIN_SKELETON = 'l';
  private static final int MIN_SKELETON = 2;
  // Hebrew skeletons (NameToken.hebrewSkeleton) share the skeleton keys behind this prefix: the
  // plain skeletons never hold an h, so none starts with it.
  private static final String HEBREW_PREFIX = "h";

  /**
   * The transliteration keys ({@link Cyrillic#key}) of a Cyrillic or Latin word behind the prefix
   * "R", so that "Kusnezow" finds Кузнецов and back: Cyrillic words sit with the abjad keys, Latin
   * ones with the Latin (skeletons are lower case, so none starts with "R"). None for other scripts
   * nor for keys too short to compare.
   */
  private static List<String> cyrillicKeys(NameToken token) {
    String script = token.script();
    if (!script.equals("Cyrillic") && !script.equals("Latin")) {
      return List.of();
    }
    // A Latin word has its French and German readings too ("Joukov", "Chabarow").
    List<String> keys =
        script.equals("Latin")
            ? Cyrillic.latinKeys(token.text())
            : List.of(Cyrillic.key(token.text()));
    List<String> out = new java.util.ArrayList<>(keys.size());
    for (String k : keys) {
      if (k.length() >= 3) {
        out.add("R" + k);
      }
    }
    return out;
  }

  /** The Hebrew-skeleton keys of a word: Hebrew words in the abjad keys, Latin in the Latin. */
  private static void hebrewKeys(Map<String, IntList>[] keys, NameToken token, int id) {
    if (token.hebrew()) {
      for (String h : hebrewSkeletons(token.text(), false)) {
        add(keys, ABJAD_SKELETON, h, id);
      }
    } else if (token.script().equals("Latin")) {
      for (String h : hebrewSkeletons(token.text(), true)) {
        add(keys, LATIN_SKELETON, h, id);
      }
    }
  }

  private static List<String> hebrewSkeletons(String text, boolean latin) {
    String h = NameToken.hebrewSkeleton(text, latin);
    if (latin) {
      return h.length() >= MIN_SKELETON ? List.of(HEBREW_PREFIX + h) : List.of();
    }
    String v = NameToken.hebrewSkeleton(text.replace('w', 'v'), false);
    if (h.length() < MIN_SKELETON) {
      return v.length() >= MIN_SKELETON ? List.of(HEBREW_PREFIX + v) : List.of();
    }
    return v.equals(h) || v.length() < MIN_SKELETON
        ? List.of(HEBREW_PREFIX + h)
        : List.of(HEBREW_PREFIX + h, HEBREW_PREFIX + v);
  }

  private final int size;
  private final KeyTable keys;
  private final int maxPostings;
  private final ThreadLocal<Scratch> scratch;

  /**
   * @param names the normalized listed names, by position
   * @param identifierKeys for each name, the comparable identifiers of its entry ("imo:9123456")
   */
  public CandidateIndex(List<NormalizedName> names, List<List<String>> identifierKeys) {
    this(names.size(), KeyTable.of(keys(names, identifierKeys)));
  }

  /** An index over {@code size} names whose keys are already built (read from a file). */
  CandidateIndex(int size, KeyTable keys) {
    this.size = size;
    this.keys = keys;
    this.maxPostings = Math.max(2000, size / 8);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
  }

  /** The keys of the names, each with the positions of the names that have it, ascending. */
  @SuppressWarnings("unchecked")
  static Map<String, int[]>[] keys(List<NormalizedName> names, List<List<String>> identifierKeys) {
    Map<String, IntList>[] keys = new Map[KeyTable.KINDS.length()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = new HashMap<>();
    }
    for (int id = 0; id < names.size(); id++) {
      NormalizedName name = names.get(id);
      List<NameToken> tokens = name.tokens();
      add(keys, COMPACT, name.compact(), id);
      add(keys, EXACT, name.orderFreeKey(), id);
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i).text();
        add(keys, WORD, t, id);
        String skeleton = NameToken.skeleton(t);
        if (skeleton.length() >= MIN_SKELETON) {
          if (tokens.get(i).abjad()) {
            add(keys, ABJAD_SKELETON, skeleton, id);
            String w = NameToken.consonantW(t);
            if (w != null && w.length() >= MIN_SKELETON && !w.equals(skeleton)) {
              add(keys, ABJAD_SKELETON, w, id);
            }
          } else if (tokens.get(i).script().equals("Latin")) {
            add(keys, LATIN_SKELETON, skeleton, id);
          }
        }
        hebrewKeys(keys, tokens.get(i), id);
        for (String ru : cyrillicKeys(tokens.get(i))) {
          add(
              keys,
              tokens.get(i).script().equals("Latin") ? LATIN_SKELETON : ABJAD_SKELETON,
              ru,
              id);
        }
        if (tokens.get(i).thai()) {
          // Thai words by consonant classes ("t" and upper-case letters: no abjad skeleton looks
          // alike), looked up from Latin words and from the Latin name run together.
          String k = Thai.key(t);
          if (k.length() >= MIN_SKELETON) {
            add(keys, ABJAD_SKELETON, "t" + k, id);
          }
        }
        if (t.length() >= MIN_DELETE_LENGTH) {
          for (int k = 0; k < t.length(); k++) {
            add(keys, DELETE, deletion(t, k), id);
          }
        }
        if (i + 1 < tokens.size()) {
          add(keys, WORD, t + tokens.get(i + 1).text(), id);
        }
      }
      if (tokens.size() > 1) {
        add(keys, WORD, name.compact(), id);
      }
      if (!tokens.isEmpty() && tokens.stream().allMatch(NameToken::thai)) {
        StringBuilder all = new StringBuilder();
        tokens.forEach(tk -> all.append(tk.text()));
        String k = Thai.key(all.toString());
        if (k.length() >= 3) {
          add(keys, ABJAD_SKELETON, "t" + k, id);
        }
      }
      String init = name.initials();
      if (init.length() >= 3 && init.length() == tokens.size()) {
        add(keys, INITIALS, init, id);
      }
      for (String key : identifierKeys.get(id)) {
        add(keys, IDENTIFIER, key, id);
      }
    }
    Map<String, int[]>[] frozen = new Map[keys.length];
    for (int k = 0; k < keys.length; k++) {
      Map<String, int[]> f = HashMap.newHashMap(keys[k].size());
      keys[k].forEach((key, v) -> f.put(key, v.toArray()));
      frozen[k] = f;
    }
    return frozen;
  }

  public int size() {
    return size;
  }

  /** How many names have the word (its word key's postings). */
  int namesWith(String word) {
    int[] p = get(WORD, word);
    return p == null ? 0 : p.length;
  }

  /**
   * The positions of the names that share the most with the screened name, best first, at most
   * {@code limit}.
   */
  public int[] candidates(NormalizedName screened, List<String> identifierKeys, int limit) {
    // The same words in any order are looked up first and always handed on, outside the limit:
    // an exact name can never be crowded out by relatives of a famous one.
    int[] exact = get(EXACT, screened.orderFreeKey());
    Scratch s = scratch.get();
    s.startQuery();
    List<NameToken> tokens = screened.tokens();
    // Generic words ("trading", "technology") find thousands of names and decide nothing; when the
    // name has a distinctive word, only that is looked up (the scorer still counts them all).
    boolean distinctive = false;
    for (NameToken t : tokens) {
      distinctive |= !t.generic();
    }
    for (int i = 0; i < tokens.size(); i++) {
      NameToken token = tokens.get(i);
      String t = token.text();
      float weight = (float) token.weight();
      if (i + 1 < tokens.size()) {
        s.startKey();
        s.add(get(WORD, t + tokens.get(i + 1).text()), 1f, maxPostings);
      }
      if (distinctive && token.generic()) {
        int[] postings = get(WORD, t);
        if (postings != null && postings.length > GENERIC_WALK) {
          // Too common to walk: only the names already found get credit for it.
          s.startKey();
          s.credit(postings, weight);
          continue;
        }
      }
      s.startKey();
      s.add(get(WORD, t), weight, maxPostings);
      if (t.length() >= MIN_DELETE_LENGTH) {
        float typo = weight * DELETE_FACTOR;
        s.add(get(DELETE, t), typo, maxPostings);
        for (int k = 0; k < t.length(); k++) {
          String del = deletion(t, k);
          s.add(get(WORD, del), typo, maxPostings);
          s.add(get(DELETE, del), typo, maxPostings);
        }
      }
      if (t.length() >= 3) {
        s.add(get(INITIALS, t), 1f, maxPostings);
      }
      String skeleton = NameToken.skeleton(t);
      if (skeleton.length() >= MIN_SKELETON) {
        if (token.abjad()) {
          s.add(get(LATIN_SKELETON, skeleton), weight * DELETE_FACTOR, maxPostings);
          String w = NameToken.consonantW(t);
          if (w != null && w.length() >= MIN_SKELETON && !w.equals(skeleton)) {
            s.add(get(LATIN_SKELETON, w), weight * DELETE_FACTOR, maxPostings);
          }
        } else if (token.script().equals("Latin")) {
          s.add(get(ABJAD_SKELETON, skeleton), weight * DELETE_FACTOR, maxPostings);
        }
      }
      for (String ru : cyrillicKeys(token)) {
        s.add(
            get(token.script().equals("Latin") ? ABJAD_SKELETON : LATIN_SKELETON, ru),
            weight * DELETE_FACTOR,
            maxPostings);
      }
      if (token.hebrew()) {
        for (String h : hebrewSkeletons(t, false)) {
          s.add(get(LATIN_SKELETON, h), weight * DELETE_FACTOR, maxPostings);
        }
      } else if (token.script().equals("Latin")) {
        for (String h : hebrewSkeletons(t, true)) {
          s.add(get(ABJAD_SKELETON, h), weight * DELETE_FACTOR, maxPostings);
        }
      }
      if (token.script().equals("Latin")) {
        String k = Thai.key(t);
        if (k.length() >= MIN_SKELETON) {
          s.add(get(ABJAD_SKELETON, "t" + k), weight * DELETE_FACTOR, maxPostings);
        }
      }
    }
    if (tokens.size() > 1) {
      StringBuilder all = new StringBuilder();
      tokens.forEach(tk -> all.append(tk.text()));
      String k = Thai.key(all.toString());
      if (k.length() >= 3) {
        s.startKey();
        s.add(get(ABJAD_SKELETON, "t" + k), 1f, maxPostings);
      }
    }

    s.startKey();
    // The same name written together is the strongest sign short of an identifier.
    s.add(
        get(COMPACT, screened.compact()),
        (float) (2 * Math.max(1.0, screened.weight())),
        maxPostings);
    for (String key : identifierKeys) {
      s.startKey();
      s.add(get(IDENTIFIER, key), 10f, Integer.MAX_VALUE);
    }
    return s.best(limit, exact);
  }

  private static String deletion(String t, int k) {
    return new StringBuilder(t.length() - 1)
        .append(t, 0, k)
        .append(t, k + 1, t.length())
        .toString();
  }

  private static void add(Map<String, IntList>[] maps, char kind, String key, int id) {
    if (!key.isEmpty()) {
      maps[KeyTable.KINDS.indexOf(kind)].computeIfAbsent(key, k -> new IntList()).addUnique(id);
    }
  }

  private int[] get(char kind, String key) {
    return keys.get(kind, key);
  }

  /** A growing list of ids added in increasing order; a repeat of the last id is dropped. */
  private static final class IntList {
    private int[] values = new int[2];
    private int size;

    void addUnique(int id) {
      if (size > 0 && values[size - 1] == id) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = id;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * Per-thread accumulators over all names, reset by generation counters instead of clearing. For
   * each key group (one screened word), a name gets the best of what that word's keys give it, not
   * their sum, so a word matching exactly and by deletion counts once.
   */
  private static final class Scratch {
    final float[] score;
    final int[] scoreGen;
    final float[] keyValue;
    final int[] keyGen;
    int[] touched = new int[64];
    int touchedCount;
    int queryGen;
    int keyGroup;

    Scratch(int size) {
      score = new float[size];
      scoreGen = new int[size];
      keyValue = new float[size];
      keyGen = new int[size];
    }

    void startQuery() {
      queryGen++;
      touchedCount = 0;
    }

    void startKey() {
      keyGroup++;
    }

    void add(int[] postings, float value, int maxPostings) {
      if (postings == null || postings.length > maxPostings) {
        return;
      }
      for (int id : postings) {
        if (scoreGen[id] != queryGen) {
          scoreGen[id] = queryGen;
          score[id] = 0;
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = id;
        }
        if (keyGen[id] != keyGroup) {
          keyGen[id] = keyGroup;
          keyValue[id] = value;
          score[id] += value;
        } else if (value > keyValue[id]) {
          score[id] += value - keyValue[id];
          keyValue[id] = value;
        }
      }
    }

    /**
     * Credits the names found so far that have this word: walks them, looking each up in the word's
     * postings (ascending), instead of walking the postings.
     */
    void credit(int[] postings, float value) {
      for (int i = 0; i < touchedCount; i++) {
        int id = touched[i];
        if (keyGen[id] != keyGroup && Arrays.binarySearch(postings, id) >= 0) {
          keyGen[id] = keyGroup;
          keyValue[id] = value;
          score[id] += value;
        }
      }
    }

    /** The exact names, then the best others up to {@code limit}. */
    int[] best(int limit, int[] exact) {
      int[] fuzzy = fuzzyBest(limit, exact == null ? NONE : exact);
      if (exact == null) {
        return fuzzy;
      }
      int[] all = Arrays.copyOf(exact, exact.length + fuzzy.length);
      System.arraycopy(fuzzy, 0, all, exact.length, fuzzy.length);
      return all;
    }

    private static final int[] NONE = new int[0];

    private int[] fuzzyBest(int limit, int[] exclude) {
      float max = 0;
      // The floor does not count the exact names: their compact form and every word pair inflate
      // their overlap, so beside an exact "John Doe" a listed "Juan Doe" (another entry, or the
      // same person on another list) fell under half of it and was never scored. The exact names
      // are handed on anyway; the others compete among themselves.
      for (int i = 0; i < touchedCount; i++) {
        int id = touched[i];
        if (exclude.length > 0 && Arrays.binarySearch(exclude, id) >= 0) {
          score[id] = -1;
        } else {
          max = Math.max(max, score[id]);
        }
      }
      // Names with under half the best overlap cannot score near it; skip them early.
      float floor = max / 2;
      int[] best = new int[Math.min(limit, touchedCount)];
      float[] bestScore = new float[best.length];
      int count = 0;
      for (int i = 0; i < touchedCount; i++) {
        int id = touched[i];
        float v = score[id];
        if (v < 0 || v < floor || (count == best.length && v <= bestScore[count - 1])) {
          continue;
        }
        int pos = count == best.length ? count - 1 : count++;
        while (pos > 0 && bestScore[pos - 1] < v) {
          best[pos] = best[pos - 1];
          bestScore[pos] = bestScore[pos - 1];
          pos--;
        }
        best[pos] = id;
        bestScore[pos] = v;
      }
      return Arrays.copyOf(best, count);
    }
  }
}
