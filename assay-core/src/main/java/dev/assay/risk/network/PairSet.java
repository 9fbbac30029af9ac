package dev.assay.risk.network;

/**
 * A set of scrambled node-number pairs in a primitive open-addressing table (linear probing,
 * deletion by shifting back): asking whether a declaration's link is already in the graph is the
 * commonest thing the network does, and a {@code HashSet<Long>} paid a boxed key and a pointer
 * chase per question. Zero is never a scrambled pair of two different nodes' numbers in practice,
 * and is kept aside all the same. Not thread-safe; the network locks.
 */
final class PairSet {
  private long[] slots = new long[1 << 10];
  private int size;
  private boolean hasZero;

  /** Adds the pair; false when it was there already. */
  boolean add(long pair) {
    if (pair == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    int mask = slots.length - 1;
    int i = index(pair, mask);
    while (slots[i] != 0) {
      if (slots[i] == pair) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = pair;
    if (++size * 2L > slots.length) {
      grow();
    }
    return true;
  }

  /** Removes the pair; false when it was not there. */
  boolean remove(long pair) {
    if (pair == 0) {
      boolean had = hasZero;
      hasZero = false;
      return had;
    }
    int mask = slots.length - 1;
    int i = index(pair, mask);
    while (slots[i] != pair) {
      if (slots[i] == 0) {
        return false;
      }
      i = (i + 1) & mask;
    }
    // Shift back the entries of the probe run that would no longer be found past the hole.
    int hole = i;
    int j = (i + 1) & mask;
    while (slots[j] != 0) {
      int home = index(slots[j], mask);
      boolean between = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!between) {
        slots[hole] = slots[j];
        hole = j;
      }
      j = (j + 1) & mask;
    }
    slots[hole] = 0;
    size--;
    return true;
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  private static int index(long pair, int mask) {
    // The pairs are scrambled already; fold the halves so that every bit counts.
    return (int) (pair ^ (pair >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long pair : old) {
      if (pair != 0) {
        int i = index(pair, mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = pair;
      }
    }
  }
}
