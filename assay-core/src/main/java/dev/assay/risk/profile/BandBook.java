package dev.assay.risk.profile;

import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.util.Map;
import java.util.Optional;

/**
 * Robust bands of one quantity per key (an HS heading), learned as declarations go by. A band is
 * only offered once enough has been seen for it to mean something. At most {@link
 * StateBounds#BANDS} keys are kept, the one used longest ago forgotten first. Thread-safe.
 */
public final class BandBook {
  private final Map<String, RobustBand> bands;
  private final int window;
  private final int refreshEvery;
  private final int minimumSeen;

  /**
   * @param window how many recent observations a band is computed from
   * @param refreshEvery how often (in observations) a band is recomputed
   * @param minimumSeen observations needed before a band is offered
   */
  public BandBook(int window, int refreshEvery, int minimumSeen) {
    this(window, refreshEvery, minimumSeen, StateBounds.BANDS);
  }

  /**
   * @param maxKeys the most keys (bands) kept
   */
  public BandBook(int window, int refreshEvery, int minimumSeen, int maxKeys) {
    this.bands = new LruMap<>(maxKeys);
    this.window = window;
    this.refreshEvery = refreshEvery;
    this.minimumSeen = minimumSeen;
  }

  /**
   * The band learned so far for a key: median, robust spread and the 99th percentile ({@code high})
   * of the recent observations.
   */
  public record Band(double median, double sigma, double high, long observations) {
    /** How many robust standard deviations a value lies above the median. */
    public double deviationsAbove(double value) {
      return sigma > 0 ? (value - median) / sigma : (value > median ? Double.POSITIVE_INFINITY : 0);
    }
  }

  /** The band for a key from the observations added before now, if there are enough. */
  public synchronized Optional<Band> band(String key) {
    RobustBand band = bands.get(key);
    if (band == null || band.seen() < minimumSeen || Double.isNaN(band.median())) {
      return Optional.empty();
    }
    return Optional.of(new Band(band.median(), band.sigma(), band.high(), band.seen()));
  }

  /** How many bands are kept. */
  public synchronized int size() {
    return bands.size();
  }

  public synchronized void add(String key, double value) {
    bands.computeIfAbsent(key, k -> new RobustBand(window, refreshEvery)).add(value);
  }
}
