package dev.assay.screening.matching;

import java.util.Map;

/**
 * The keys of a candidate index and, for each, the positions of the names that have it, ascending.
 * In memory a hash map; read from a list index file, a hash table in the mapped file itself, so
 * that opening a large list costs no parsing at all.
 */
interface KeyTable {
  /** The postings of a key, or null when no name has it. */
  int[] get(String key);

  static KeyTable of(Map<String, int[]> map) {
    return map::get;
  }
}
