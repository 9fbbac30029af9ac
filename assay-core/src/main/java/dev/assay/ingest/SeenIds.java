package dev.assay.ingest;

/**
 * The declaration ids an import has already seen, kept as 64-bit hashes in a primitive
 * open-addressing table: 8 bytes a slot and at most 2/3 of the slots in use, so 12 to 24 bytes per
 * id, instead of a set of strings that would grow with the length of the ids. Two different ids
 * whose hashes collide (about one chance in 10^6 among ten million ids) make the second one look
 * like a repeat; the error then names it, nothing is lost silently.
 */
final class SeenIds {
  private static final long EMPTY = 0;

  /** Small to start: the server reads one declaration per request, imports grow it by doubling. */
  private long[] slots = new long[16];

  private int size;

  /** Adds an id; false when it (or an id with the same hash) was already there. */
  boolean add(String id) {
    long hash = hash(id);
    int mask = slots.length - 1;
    int i = (int) hash & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == hash) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = hash;
    if (++size * 3L > slots.length * 2L) {
      grow();
    }
    return true;
  }

  boolean contains(String id) {
    long hash = hash(id);
    int mask = slots.length - 1;
    int i = (int) hash & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == hash) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long hash : old) {
      if (hash != EMPTY) {
        int i = (int) hash & mask;
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = hash;
      }
    }
  }

  /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser to spread the low bits. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    // Zero marks an empty slot.
    return h == EMPTY ? 1 : h;
  }
}
