package dev.assay.risk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The median by selection is the median of the sorted window, bit for bit. */
class RobustBandMiddleTest {

  private static double sortedMiddle(double[] values, int n) {
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  @Test
  void selectionGivesTheSortedMedianForEveryLengthAndManyTies() {
    Random random = new Random(7);
    for (int trial = 0; trial < 5_000; trial++) {
      int n = 1 + random.nextInt(256);
      double[] values = new double[256];
      int distinct = 1 + random.nextInt(trial % 3 == 0 ? 4 : 1_000);
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(distinct) * 0.37 + (trial % 5 == 0 ? random.nextDouble() : 0);
      }
      double expected = sortedMiddle(values, n);
      double[] work = Arrays.copyOf(values, values.length);
      assertEquals(
          Double.doubleToLongBits(expected),
          Double.doubleToLongBits(RobustBand.middle(work, n)),
          "trial " + trial + ", n " + n);
    }
  }

  @Test
  void aWindowWithNegativeZeroOrNaNKeepsTheSortedOrder() {
    BandBook book = new BandBook(8, 4, 1);
    for (double v : new double[] {-0.0, 0.0, 0.0, -0.0}) {
      book.add("k", v);
    }
    double[] window = {-0.0, 0.0, 0.0, -0.0};
    assertEquals(
        Double.doubleToLongBits(sortedMiddle(window, 4)),
        Double.doubleToLongBits(book.band("k").orElseThrow().median()));
    BandBook withNaN = new BandBook(8, 4, 1);
    for (double v : new double[] {1, Double.NaN, 3, 2}) {
      withNaN.add("k", v);
    }
    assertEquals(2.5, withNaN.band("k").orElseThrow().median());
  }
}
