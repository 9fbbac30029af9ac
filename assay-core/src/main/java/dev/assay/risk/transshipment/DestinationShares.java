package dev.assay.risk.transshipment;

import dev.assay.declaration.CountryCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each destination's share of a mineral's exports (by net weight) in the months before a control
 * measure took effect and in the latest months after it, from the declarations seen so far. A
 * destination whose share jumped after the measure became a hub for the mineral (Thailand and
 * Mexico for antimony after MOFCOM 2024 No. 46); one whose share collapsed is where the trade no
 * longer goes directly (the United States). Months are the unit: the windows are {@value
 * #WINDOW_MONTHS} calendar months each. Not thread-safe; its owner locks.
 */
public final class DestinationShares {
  static final int WINDOW_MONTHS = 6;

  /** Fewer shipments than this before the measure, and no share can be compared. */
  static final int MIN_SHIPMENTS_BEFORE = 20;

  /** A hub must have received at least this many shipments since the measure. */
  static final int MIN_HUB_SHIPMENTS = 5;

  /** A hub takes at least this share of the mineral after the measure... */
  static final double MIN_HUB_SHARE = 0.10;

  /** ...and at least this many times its share before. */
  static final double HUB_JUMP = 3.0;

  /** A destination that had this share before and a quarter of it or less after is avoided. */
  static final double MIN_AVOIDED_SHARE_BEFORE = 0.05;

  static final double AVOIDED_FALL = 0.25;

  /** What the windows show for one destination. */
  public record Shift(
      double shareBefore, double shareAfter, int shipmentsBefore, int shipmentsAfter) {}

  private final Map<String, Flows> flows = new HashMap<>();

  /**
   * Learns one shipment of {@code kg} of the mineral (controlled under a measure in force from).
   */
  public void add(
      String mineral, LocalDate effective, CountryCode destination, LocalDate date, double kg) {
    flows.computeIfAbsent(mineral + "|" + effective, k -> new Flows()).add(destination, date, kg);
  }

  /** The destination's shares before and after the measure, as of a date. */
  public Optional<Shift> shift(
      String mineral, LocalDate effective, CountryCode destination, LocalDate asOf) {
    Flows f = flows.get(mineral + "|" + effective);
    if (f == null) {
      return Optional.empty();
    }
    int em = month(effective);
    int am = month(asOf);
    if (am < em) {
      return Optional.empty();
    }
    int afterFrom = Math.max(em, am - WINDOW_MONTHS + 1);
    Bucket destBefore = f.sum(destination.value(), em - WINDOW_MONTHS, em - 1);
    Bucket allBefore = f.sum(null, em - WINDOW_MONTHS, em - 1);
    Bucket destAfter = f.sum(destination.value(), afterFrom, am);
    Bucket allAfter = f.sum(null, afterFrom, am);
    if (allBefore.shipments() < MIN_SHIPMENTS_BEFORE || allAfter.kg() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Shift(
            destBefore.kg() / allBefore.kg(),
            destAfter.kg() / allAfter.kg(),
            destBefore.shipments(),
            destAfter.shipments()));
  }

  /** Whether the destination became a hub for the mineral after the measure. */
  public static boolean isHub(Shift s) {
    return s.shipmentsAfter() >= MIN_HUB_SHIPMENTS
        && s.shareAfter() >= MIN_HUB_SHARE
        && s.shareAfter() >= HUB_JUMP * s.shareBefore();
  }

  /** Whether the mineral's trade turned away from the destination after the measure. */
  public static boolean isAvoided(Shift s) {
    return s.shareBefore() >= MIN_AVOIDED_SHARE_BEFORE
        && s.shareAfter() <= AVOIDED_FALL * s.shareBefore();
  }

  static int month(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private record Bucket(double kg, int shipments) {}

  /** Monthly kilograms and shipments per destination and in all, from the first month seen. */
  private static final class Flows {
    private static final String ALL = "";
    private final Map<String, double[]> kg = new HashMap<>();
    private final Map<String, int[]> shipments = new HashMap<>();
    private int firstMonth = Integer.MIN_VALUE;

    void add(CountryCode destination, LocalDate date, double weight) {
      int m = month(date);
      if (firstMonth == Integer.MIN_VALUE) {
        firstMonth = m - WINDOW_MONTHS;
      }
      if (m < firstMonth) {
        return; // Out of order by more than a window: too old to matter.
      }
      int i = m - firstMonth;
      for (String key : new String[] {destination.value(), ALL}) {
        double[] k = grow(kg, key, i);
        int[] n = growInts(shipments, key, i);
        k[i] += weight;
        n[i]++;
      }
    }

    Bucket sum(String destination, int fromMonth, int toMonth) {
      String key = destination == null ? ALL : destination;
      double[] k = kg.get(key);
      int[] n = shipments.get(key);
      if (k == null) {
        return new Bucket(0, 0);
      }
      double w = 0;
      int c = 0;
      for (int m = Math.max(fromMonth, firstMonth); m <= toMonth; m++) {
        int i = m - firstMonth;
        if (i >= k.length) {
          break;
        }
        w += k[i];
        c += n[i];
      }
      return new Bucket(w, c);
    }

    private static double[] grow(Map<String, double[]> map, String key, int index) {
      double[] a = map.get(key);
      if (a == null || a.length <= index) {
        double[] b = new double[Math.max(index + 1, a == null ? 24 : a.length * 2)];
        if (a != null) {
          System.arraycopy(a, 0, b, 0, a.length);
        }
        map.put(key, b);
        a = b;
      }
      return a;
    }

    private static int[] growInts(Map<String, int[]> map, String key, int index) {
      int[] a = map.get(key);
      if (a == null || a.length <= index) {
        int[] b = new int[Math.max(index + 1, a == null ? 24 : a.length * 2)];
        if (a != null) {
          System.arraycopy(a, 0, b, 0, a.length);
        }
        map.put(key, b);
        a = b;
      }
      return a;
    }
  }
}
