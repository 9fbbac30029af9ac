package dev.assay.risk.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A map of learned state that holds at most a fixed number of entries: past the bound, the entry
 * used longest ago is forgotten. Screening learns from an endless stream (exporters, parties,
 * bands), and without a bound the state would grow with every new name until the heap runs out;
 * with one, memory is flat and what is forgotten is what the stream has not mentioned for the
 * longest time, which is learned again from scratch if it comes back.
 *
 * <p>Below the bound it is an ordinary map, so results on inputs that fit are exactly those of an
 * unbounded one; the eviction order is fixed by the order of use, so a run is repeatable. Not
 * thread-safe, like {@link LinkedHashMap}: the owners guard it with their own lock.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {
  private final int bound;
  private final BiConsumer<K, V> onEvict;
  private long evicted;

  /**
   * @param bound the most entries kept, at least 1
   */
  public LruMap(int bound) {
    this(bound, (k, v) -> {});
  }

  /**
   * @param bound the most entries kept, at least 1
   * @param onEvict told of each entry forgotten, so that an owner can drop what hangs on it; it
   *     must not change this map
   */
  public LruMap(int bound, BiConsumer<K, V> onEvict) {
    super(16, 0.75f, true);
    if (bound < 1) {
      throw new IllegalArgumentException("a bound is at least 1, got " + bound);
    }
    this.bound = bound;
    this.onEvict = onEvict;
  }

  /** The most entries kept. */
  public int bound() {
    return bound;
  }

  /** How many entries were forgotten so far to stay within the bound. */
  public long evicted() {
    return evicted;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    if (size() > bound) {
      evicted++;
      onEvict.accept(eldest.getKey(), eldest.getValue());
      return true;
    }
    return false;
  }
}
