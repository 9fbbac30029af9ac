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

  private final int size;
  private final Map<String, int[]> words;
  private final Map<String, int[]> deletes;
  private final Map<String, int[]> initials;
  private final Map<String, int[]> identifiers;
  private final Map<String, int[]> compacts;
  private final String[][] tokenTexts;
  private final int maxPostings;
  private final ThreadLocal<Scratch> scratch;

  /**
   * @param names the normalized listed names, by position
   * @param identifierKeys for each name, the comparable identifiers of its entry ("imo:9123456")
   */
  public CandidateIndex(List<NormalizedName> names, List<List<String>> identifierKeys) {
    this.size = names.size();
    Map<String, IntList> w = new HashMap<>();
    Map<String, IntList> d = new HashMap<>();
    Map<String, IntList> in = new HashMap<>();
    Map<String, IntList> ids = new HashMap<>();
    Map<String, IntList> c = new HashMap<>();
    this.tokenTexts = new String[names.size()][];
    for (int id = 0; id < names.size(); id++) {
      NormalizedName name = names.get(id);
      List<NameToken> tokens = name.tokens();
      tokenTexts[id] = tokens.stream().map(NameToken::text).toArray(String[]::new);
      add(c, name.compact(), id);
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i).text();
        add(w, t, id);
        if (t.length() >= MIN_DELETE_LENGTH) {
          for (int k = 0; k < t.length(); k++) {
            add(d, deletion(t, k), id);
          }
        }
        if (i + 1 < tokens.size()) {
          add(w, t + tokens.get(i + 1).text(), id);
        }
      }
      if (tokens.size() > 1) {
        add(w, name.compact(), id);
      }
      String init = name.initials();
      if (init.length() >= 3 && init.length() == tokens.size()) {
        add(in, init, id);
      }
      for (String key : identifierKeys.get(id)) {
        add(ids, key, id);
      }
    }
    this.words = freeze(w);
    this.deletes = freeze(d);
    this.initials = freeze(in);
    this.identifiers = freeze(ids);
    this.compacts = freeze(c);
    this.maxPostings = Math.max(2000, size / 8);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
  }

  public int size() {
    return size;
  }

  /**
   * The positions of the names that share the most with the screened name, best first, at most
   * {@code limit}.
   */
  public int[] candidates(NormalizedName screened, List<String> identifierKeys, int limit) {
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
        s.add(words.get(t + tokens.get(i + 1).text()), 1f, maxPostings);
      }
      if (distinctive && token.generic()) {
        int[] postings = words.get(t);
        if (postings != null && postings.length > GENERIC_WALK) {
          // Too common to walk: only the names already found get credit for it.
          s.startKey();
          s.credit(tokenTexts, t, weight);
          continue;
        }
      }
      s.startKey();
      s.add(words.get(t), weight, maxPostings);
      if (t.length() >= MIN_DELETE_LENGTH) {
        float typo = weight * DELETE_FACTOR;
        s.add(deletes.get(t), typo, maxPostings);
        for (int k = 0; k < t.length(); k++) {
          String del = deletion(t, k);
          s.add(words.get(del), typo, maxPostings);
          s.add(deletes.get(del), typo, maxPostings);
        }
      }
      if (t.length() >= 3) {
        s.add(initials.get(t), 1f, maxPostings);
      }
    }
    s.startKey();
    // The same name written together is the strongest sign short of an identifier.
    s.add(
        compacts.get(screened.compact()),
        (float) (2 * Math.max(1.0, screened.weight())),
        maxPostings);
    for (String key : identifierKeys) {
      s.startKey();
      s.add(identifiers.get(key), 10f, Integer.MAX_VALUE);
    }
    return s.best(limit);
  }

  private static String deletion(String t, int k) {
    return new StringBuilder(t.length() - 1)
        .append(t, 0, k)
        .append(t, k + 1, t.length())
        .toString();
  }

  private static void add(Map<String, IntList> map, String key, int id) {
    map.computeIfAbsent(key, k -> new IntList()).addUnique(id);
  }

  private static Map<String, int[]> freeze(Map<String, IntList> map) {
    Map<String, int[]> frozen = HashMap.newHashMap(map.size());
    map.forEach((k, v) -> frozen.put(k, v.toArray()));
    return frozen;
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

    /** Credits the names found so far that have this word; walks them, not the word's postings. */
    void credit(String[][] tokenTexts, String word, float value) {
      for (int i = 0; i < touchedCount; i++) {
        int id = touched[i];
        for (String t : tokenTexts[id]) {
          if (t.equals(word)) {
            if (keyGen[id] != keyGroup) {
              keyGen[id] = keyGroup;
              keyValue[id] = value;
              score[id] += value;
            }
            break;
          }
        }
      }
    }

    int[] best(int limit) {
      float max = 0;
      for (int i = 0; i < touchedCount; i++) {
        max = Math.max(max, score[touched[i]]);
      }
      // Names with under half the best overlap cannot score near it; skip them early.
      float floor = max / 2;
      int[] best = new int[Math.min(limit, touchedCount)];
      float[] bestScore = new float[best.length];
      int count = 0;
      for (int i = 0; i < touchedCount; i++) {
        int id = touched[i];
        float v = score[id];
        if (v < floor || (count == best.length && v <= bestScore[count - 1])) {
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
