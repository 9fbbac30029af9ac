package dev.assay.screening.matching;

import java.util.Map;

/**
 * The keys of a candidate index and, for each, the positions of the names that have it, ascending.
 * Keys are of several kinds (words, deletions, initials...; see {@link CandidateIndex}). In memory
 * a hash map per kind, looked up without building a combined key string on the query path; read
 * from a list index file, one hash table in the mapped file itself, so that opening a large list
 * costs no parsing at all.
 */
interface KeyTable {
  /** The postings of a key of a kind, or null when no name has it. */
  int[] get(char kind, String key);

  /** The kinds of keys, in a fixed order (the position of a kind's map). */
  String KINDS = "wdi#ceal";

  static KeyTable of(Map<String, int[]>[] byKind) {
    return (kind, key) -> byKind[KINDS.indexOf(kind)].get(key);
  }

  /** The hash of a key of a kind: that of the kind's letter followed by the key. */
  static int hash(char kind, String key) {
    int h = kind;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return h;
  }
}
