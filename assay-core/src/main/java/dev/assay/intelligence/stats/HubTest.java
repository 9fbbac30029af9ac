package dev.assay.intelligence.stats;

/**
 * When a destination counts as an emerging hub for a mineral after a measure. All four must hold:
 *
 * <ol>
 *   <li>its share of the mineral's kilograms rose by at least {@code minRisePoints} percentage
 *       points from the window before the measure to the window after;
 *   <li>its share after is at least {@code minRatio} times its share before (a destination that
 *       already took most of the trade does not "emerge");
 *   <li>the rise is not chance: a one-sided two-proportion z-test on the number of goods lines
 *       (shipments are the independent decisions; kilograms are not) gives z of at least {@code
 *       minZ} (3.09 is p &lt; 0.001, chosen because each study tests every destination of every
 *       mineral of every measure, a few hundred tests);
 *   <li>at least {@code minLinesAfter} goods lines went there after the measure.
 * </ol>
 */
public record HubTest(double minRisePoints, double minRatio, double minZ, long minLinesAfter) {

  public static final HubTest DEFAULT = new HubTest(10, 2, 3.09, 10);

  /**
   * The one-sided two-proportion z statistic of a rise from k1 of n1 to k2 of n2 (pooled variance);
   * 0 where either sample is empty.
   */
  public static double z(long k1, long n1, long k2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return 0;
    }
    double p1 = (double) k1 / n1;
    double p2 = (double) k2 / n2;
    double pooled = (double) (k1 + k2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return se == 0 ? 0 : (p2 - p1) / se;
  }

  /** Whether a shift passes the test. */
  public boolean isHub(DestinationShift s) {
    return (s.shareAfter() - s.shareBefore()) * 100 >= minRisePoints
        && s.shareAfter() >= minRatio * s.shareBefore()
        && s.z() >= minZ
        && s.linesAfter() >= minLinesAfter;
  }

  /** The test in words, for reports. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "share of kg up >= %.0f points and >= %.1fx, one-sided two-proportion z-test on goods lines"
            + " z >= %.2f, >= %d lines after",
        minRisePoints,
        minRatio,
        minZ,
        minLinesAfter);
  }
}
