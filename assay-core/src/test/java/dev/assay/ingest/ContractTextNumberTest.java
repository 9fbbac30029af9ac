package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ContractText#number} takes shortcuts past BigDecimal; whatever the value, it writes the
 * same characters as the plain BigDecimal spelling it replaced.
 */
class ContractTextNumberTest {
  /** The spelling before the shortcuts, kept here as the reference. */
  private static String reference(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
  }

  private static void same(double value) {
    assertThat(ContractText.number(value))
        .as("%s (bits %x)", value, Double.doubleToRawLongBits(value))
        .isEqualTo(reference(value));
  }

  @Test
  void edge_values_are_written_as_before() {
    double[] edges = {
      0.0,
      -0.0,
      1,
      -1,
      0.5,
      0.1,
      0.2,
      0.3,
      1e-3,
      9.999999999999998e-4,
      1e-7,
      1.5e-7,
      1e7,
      9999999.999999998,
      1e7 + 0.5,
      1e15,
      1e16,
      1e21,
      1e22,
      1.7976931348623157e308,
      Double.MIN_VALUE,
      Double.MIN_NORMAL,
      -Double.MAX_VALUE,
      0x1p53,
      0x1p53 - 1,
      -0x1p53 + 1,
      0x1p53 + 2,
      0x1p63,
      -0x1p63,
      0x1p64,
      9.223372036854776e18,
      123456.789,
      1234567.8901234567,
      0.123456789012345678,
      3.141592653589793,
      2.718281828459045e-5,
      12.75,
      1000,
      100.01,
      4.35,
      1.005,
      0.07,
      Math.nextUp(1e-3),
      Math.nextDown(1e-3),
      Math.nextUp(1e7),
      Math.nextDown(1e7),
      Math.nextUp(0x1p53),
      Math.nextDown(0x1p53),
      Math.nextUp(0.0),
      Math.nextDown(-0.0)
    };
    for (double edge : edges) {
      same(edge);
      same(-edge);
    }
  }

  @Test
  void many_random_values_are_written_as_before() {
    SplittableRandom random = new SplittableRandom(20250301);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      // Every bit pattern: all magnitudes, subnormals, many decimals.
      values.add(Double.longBitsToDouble(random.nextLong()));
      // Amounts as the simulator makes them: cents, grams, whole units, ratios.
      values.add(random.nextLong(0, 10_000_000_000L) / 100.0);
      values.add(random.nextLong(0, 1_000_000_000L) / 1000.0);
      values.add((double) random.nextLong(-(1L << 60), 1L << 60));
      values.add(random.nextDouble() * Math.pow(10, random.nextInt(-12, 25)));
      values.add(Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(0, 22))));
    }
    for (double value : values) {
      if (!Double.isNaN(value) && !Double.isInfinite(value)) {
        same(value);
      }
    }
  }

  @Test
  void nan_and_infinities_fail_as_before() {
    for (double value :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> reference(value)).isInstanceOf(NumberFormatException.class);
      assertThatThrownBy(() -> ContractText.number(value))
          .isInstanceOf(NumberFormatException.class);
    }
  }
}
