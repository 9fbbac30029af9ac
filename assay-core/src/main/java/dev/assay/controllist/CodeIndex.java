package dev.assay.controllist;

import java.util.List;
import java.util.Map;

/**
 * An immutable hash table from a customs code, read as a number, to the indexed codes under it.
 * Open addressing over primitive arrays: a lookup for an uncontrolled code costs one or two probes
 * and allocates nothing, which matters at a hundred thousand goods lines a second.
 */
final class CodeIndex {
  private static final long EMPTY = -1L;

  private final long[] keys;
  private final IndexedCode[][] values;
  private final int mask;

  private CodeIndex(Map<Long, List<IndexedCode>> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new long[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    values = new IndexedCode[capacity][];
    mask = capacity - 1;
    entries.forEach(
        (key, codes) -> {
          int slot = slot(key);
          while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = key;
          values[slot] = codes.toArray(IndexedCode[]::new);
        });
  }

  static CodeIndex of(Map<Long, List<IndexedCode>> entries) {
    return new CodeIndex(entries);
  }

  /** The indexed codes under a key, or null where there are none. */
  IndexedCode[] get(long key) {
    int slot = slot(key);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        return values[slot];
      }
      if (found == EMPTY) {
        return null;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  /** The digits of a validated HS code as a number, without allocating. */
  static long digits(String code) {
    long value = 0;
    for (int i = 0; i < code.length(); i++) {
      value = value * 10 + (code.charAt(i) - '0');
    }
    return value;
  }
}
