package dev.assay.selection;

import dev.assay.declaration.Declaration;
import dev.assay.risk.Exploration;
import dev.assay.risk.Lane;
import dev.assay.risk.LanePolicy;
import dev.assay.risk.Selection;
import dev.assay.risk.Selection.Reason;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends declarations to lanes within each customs office's daily inspection capacity, online: one
 * declaration at a time, in stream order, never looking ahead.
 *
 * <p>A declaration goes RED by score when its score is at least the settings' minimum, ranks within
 * the office's top red share of recent scores (so the day's places go to the highest scores rather
 * than the first ones), and the office still has places today: the red share of the day's volume,
 * expected from the office's past days. One that the score sends RED without a place goes one lane
 * down (YELLOW, reason CAPACITY_FULL). Independently of the score, a seeded draw per declaration
 * picks a minimum share of each lane at random; a random pick raises a declaration to its lane and
 * random RED picks take no place from the capacity, so they stay an unbiased sample. The RED draw's
 * probability may be raised per declaration (exploration of thinly measured evidence, decided by
 * the screener, {@link Exploration}); it is recorded in the selection, so that each pick's outcome
 * can be weighted by its own inverse probability.
 *
 * <p>State is per instance (one screening run); {@link #select} is synchronized, so screening stays
 * thread-safe, at the price of an uncontended lock on one thread.
 */
public final class CapacityLanes implements LanePolicy {
  private static final int[] RANK = rank();

  private final SelectionSettings settings;
  private final double randomRed;
  private final double randomYellowShare;
  private final double randomBlueShare;
  private final Map<String, OfficeLoad> offices = new HashMap<>();

  public CapacityLanes(SelectionSettings settings) {
    this.settings = settings;
    this.randomRed = settings.randomRate(Lane.RED);
    this.randomYellowShare = settings.randomRate(Lane.YELLOW);
    this.randomBlueShare = settings.randomRate(Lane.BLUE);
  }

  private static int[] rank() {
    int[] rank = new int[Lane.values().length];
    rank[Lane.GREEN.ordinal()] = 0;
    rank[Lane.BLUE.ordinal()] = 1;
    rank[Lane.YELLOW.ordinal()] = 2;
    rank[Lane.RED.ordinal()] = 3;
    return rank;
  }

  public SelectionSettings settings() {
    return settings;
  }

  @Override
  public Selection select(Declaration declaration, double score, Lane scoreLane) {
    return select(declaration, score, scoreLane, randomRed);
  }

  /**
   * As {@link #select(Declaration, double, Lane)}, the random RED draw at {@code randomRedRate}
   * (raised to the base rate where lower), recorded in the selection as the declaration's inclusion
   * probability. The YELLOW and BLUE shares follow the RED one on the same draw.
   */
  @Override
  public synchronized Selection select(
      Declaration declaration, double score, Lane scoreLane, double randomRedRate) {
    double pi = Math.min(1, Math.max(randomRed, randomRedRate));
    String office = declaration.customsOffice();
    OfficeLoad load =
        offices.computeIfAbsent(
            office, o -> new OfficeLoad(settings.window(), settings.historyDays()));
    load.arrive(declaration.declaredAt());
    double share = settings.redShare(office);
    long capacity = load.capacity(share, settings.minDailyRed());
    Lane randomLane = randomLane(RandomDraw.of(declaration.id(), settings.seed()), pi);
    try {
      if (randomLane == Lane.RED) {
        return new Selection(Lane.RED, Reason.RANDOM, office, capacity, load.redToday(), pi);
      }
      Lane lane = scoreLane;
      Reason reason = Reason.SCORE;
      boolean ranksRed = score >= settings.minRedScore() && load.inTopShare(score, share);
      if (ranksRed && load.redToday() < capacity) {
        load.takeRed();
        lane = Lane.RED;
      } else if (scoreLane == Lane.RED) {
        lane = Lane.YELLOW;
        reason = Reason.CAPACITY_FULL;
      }
      if (randomLane != null && RANK[randomLane.ordinal()] > RANK[lane.ordinal()]) {
        lane = randomLane;
        reason = Reason.RANDOM;
      }
      return new Selection(lane, reason, office, capacity, load.redToday(), pi);
    } finally {
      load.remember(score);
    }
  }

  @Override
  public synchronized Selection selectCertain(Declaration declaration, double score) {
    String office = declaration.customsOffice();
    OfficeLoad load =
        offices.computeIfAbsent(
            office, o -> new OfficeLoad(settings.window(), settings.historyDays()));
    load.arrive(declaration.declaredAt());
    long capacity = load.capacity(settings.redShare(office), settings.minDailyRed());
    return new Selection(Lane.RED, Reason.LEGAL_CERTAINTY, office, capacity, load.redToday());
  }

  @Override
  public java.util.OptionalDouble randomRedRate() {
    return java.util.OptionalDouble.of(randomRed);
  }

  @Override
  public Exploration exploration() {
    return settings.exploration();
  }

  private Lane randomLane(double u, double red) {
    if (u < red) {
      return Lane.RED;
    }
    if (u < red + randomYellowShare) {
      return Lane.YELLOW;
    }
    if (u < red + randomYellowShare + randomBlueShare) {
      return Lane.BLUE;
    }
    return null;
  }
}
