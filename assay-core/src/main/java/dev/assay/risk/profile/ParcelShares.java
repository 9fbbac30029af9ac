package dev.assay.risk.profile;

import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.util.Map;

/**
 * How often goods of each HS heading travel by post or air, counted as declarations go by: the
 * habit against which a post parcel of goods that usually fill containers stands out. At most
 * {@link StateBounds#PARCEL_HEADINGS} headings are counted, the one seen longest ago forgotten
 * first. Thread-safe.
 */
public final class ParcelShares {
  private final Map<String, long[]> counts;

  public ParcelShares() {
    this(StateBounds.PARCEL_HEADINGS);
  }

  /**
   * @param maxHeadings the most headings counted
   */
  public ParcelShares(int maxHeadings) {
    this.counts = new LruMap<>(maxHeadings);
  }

  /** How many headings are counted. */
  public synchronized int size() {
    return counts.size();
  }

  /** Counts one declaration line of the heading, sent by post or air or not. */
  public synchronized void add(String heading, boolean postOrAir) {
    long[] c = counts.computeIfAbsent(heading, k -> new long[2]);
    c[0]++;
    if (postOrAir) {
      c[1]++;
    }
  }

  /** Lines of the heading seen so far. */
  public synchronized long seen(String heading) {
    long[] c = counts.get(heading);
    return c == null ? 0 : c[0];
  }

  /** Share of the heading's lines seen so far that went by post or air; NaN if none were seen. */
  public synchronized double share(String heading) {
    long[] c = counts.get(heading);
    return c == null ? Double.NaN : (double) c[1] / c[0];
  }
}
