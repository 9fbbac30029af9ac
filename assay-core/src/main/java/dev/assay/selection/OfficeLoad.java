package dev.assay.selection;

import java.time.LocalDate;

/**
 * What the selection knows about one customs office, learned from its declarations so far: the
 * recent scores (to rank a new one against), today's volume and red places taken, and the volume of
 * past days (to expect today's). Not thread-safe; {@link CapacityLanes} guards it.
 */
final class OfficeLoad {
  /** Scores are ranked in bins of 1/1024: finer than any difference a weight table makes. */
  private static final int BINS = 1024;

  private final int[] recent;
  private final int[] histogram = new int[BINS];
  private int recentCount;
  private int next;

  private final long[] pastVolumes;
  private int pastDays;
  private LocalDate day;
  private long seenToday;
  private long redToday;

  OfficeLoad(int window, int historyDays) {
    this.recent = new int[window];
    this.pastVolumes = new long[historyDays];
  }

  /**
   * Counts a declaration of this date. A later date closes the current day; an earlier one (a late
   * arrival) counts against the current day, as the inspectors it would take are today's.
   */
  void arrive(LocalDate date) {
    if (day == null) {
      day = date;
    } else if (date.isAfter(day)) {
      pastVolumes[pastDays % pastVolumes.length] = seenToday;
      pastDays++;
      day = date;
      seenToday = 0;
      redToday = 0;
    }
    seenToday++;
  }

  /** The mean volume of the past days remembered, 0 before the first day has closed. */
  double expectedVolume() {
    int n = Math.min(pastDays, pastVolumes.length);
    if (n == 0) {
      return 0;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += pastVolumes[i];
    }
    return (double) sum / n;
  }

  /**
   * Today's red places: the share of the day's volume, expected from past days, or of the
   * declarations seen today where the day is busier than expected (or the first).
   */
  long capacity(double share, int minimum) {
    return Math.max(minimum, (long) Math.floor(share * Math.max(expectedVolume(), seenToday)));
  }

  long redToday() {
    return redToday;
  }

  void takeRed() {
    redToday++;
  }

  /** Whether a score is within the top share of the recent scores (ties count in its favour). */
  boolean inTopShare(double score, double share) {
    int bin = bin(score);
    double allowed = share * recentCount;
    long higher = 0;
    for (int b = BINS - 1; b > bin; b--) {
      higher += histogram[b];
      if (higher > allowed) {
        return false;
      }
    }
    return true;
  }

  void remember(double score) {
    int bin = bin(score);
    if (recentCount == recent.length) {
      histogram[recent[next]]--;
    } else {
      recentCount++;
    }
    recent[next] = bin;
    histogram[bin]++;
    next = (next + 1) % recent.length;
  }

  private static int bin(double score) {
    return Math.min(BINS - 1, Math.max(0, (int) (score * BINS)));
  }
}
