package dev.assay.license;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One spelling for amounts and instants, so that a value read back from a database equals the value
 * written: 500, 500.0 and 500.000000 are the same quantity, and databases keep microseconds at
 * best.
 */
final class Amounts {
  private Amounts() {}

  static BigDecimal normal(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static Instant normal(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
  }
}
