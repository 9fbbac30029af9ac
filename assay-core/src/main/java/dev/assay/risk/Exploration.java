package dev.assay.risk;

/**
 * Uncertainty-directed random picks: a declaration carrying a kind of soft evidence (a sub-signal,
 * {@code CODE/SEVERITY/signal}) that random picks have reached fewer than {@code minRandomPicks}
 * times so far is drawn for RED at random with probability {@code randomRed} instead of the lane
 * policy's base random rate (never less than it). Its untargeted share is otherwise a prior, not a
 * measurement: at a 0.5% random share most sub-signals get no random pick in a year
 * (docs/evidence.md). The probability is decided from what is known at screening (the picks made so
 * far) and recorded in the selection, so that the outcome of each pick is weighted by its own
 * inverse inclusion probability and the learned rates stay unbiased.
 *
 * <p><b>Lone carriers.</b> A sub-signal's random picks mostly fall where other evidence stands
 * beside it (exploration draws a declaration for its thinnest sub-signal, and its siblings get the
 * pick too), yet many of its untargeted carriers carry it alone. Where {@code minLonePicks} is
 * above 0, a declaration whose only soft evidence is one sub-signal is also drawn at {@code
 * randomRed} until that sub-signal has had {@code minLonePicks} random picks among such lone
 * carriers, so its untargeted rate hears from the declarations it alone ranks (docs/evidence.md,
 * "Exploration aimed at lone carriers").
 *
 * @param randomRed the random RED probability of a declaration with a thinly measured sub-signal
 * @param minRandomPicks random picks a sub-signal needs before it counts as measured; 0 switches
 *     exploration off
 * @param enabled false keeps the values but draws every declaration at the base rate
 * @param minLonePicks random picks a sub-signal needs among the declarations that carry it as their
 *     only soft evidence; 0 for none
 */
public record Exploration(double randomRed, int minRandomPicks, boolean enabled, int minLonePicks) {
  /** No exploration: every declaration is drawn at the base random rate. */
  public static final Exploration OFF = new Exploration(0, 0, false, 0);

  /** Exploration switched on, not aimed at lone carriers. */
  public Exploration(double randomRed, int minRandomPicks) {
    this(randomRed, minRandomPicks, true, 0);
  }

  public Exploration {
    // below 1: a draw that always picks would be no random pick, and its outcome no sample
    if (!(randomRed >= 0 && randomRed < 1)) {
      throw new IllegalArgumentException(
          "exploration.random_red must be at least 0 and below 1, got " + randomRed);
    }
    if (minRandomPicks < 0) {
      throw new IllegalArgumentException(
          "exploration.min_random_picks must be 0 or more, got " + minRandomPicks);
    }
    if (minLonePicks < 0) {
      throw new IllegalArgumentException(
          "exploration.min_lone_picks must be 0 or more, got " + minLonePicks);
    }
  }

  public boolean on() {
    return enabled && minRandomPicks > 0 && randomRed > 0;
  }
}
