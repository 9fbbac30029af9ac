package dev.assay.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's one source of randomness, with the draws it needs. Every draw of a run comes from
 * one seeded generator in one fixed order, which is what makes a seed reproduce a run byte for
 * byte.
 */
public final class Draws {
  private final SplittableRandom random;

  public Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with probability p. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public double unit() {
    return random.nextDouble();
  }

  public double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** Uniform on a log scale: as many lots of 1-10 t as of 10-100 t. */
  public double logUniform(double low, double high) {
    return Math.exp(uniform(Math.log(low), Math.log(high)));
  }

  /** A multiplicative noise around 1 with the given relative spread (normal, cut at 3 sigma). */
  public double noise(double spread) {
    double g = random.nextGaussian();
    g = Math.max(-3, Math.min(3, g));
    return Math.max(0.05, 1 + spread * g);
  }

  /** 0 to bound - 1. */
  public int below(int bound) {
    return random.nextInt(bound);
  }

  /** low to high, both included. */
  public int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  public <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** An independent generator for a separate concern (the population), fixed by this one. */
  public Draws split() {
    return new Draws(random.nextLong());
  }
}
