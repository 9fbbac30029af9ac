package dev.assay.license;

import java.time.LocalDate;

/**
 * The two kinds of dual-use export license (Dual-Use Items Export Control Regulations Art. 15, 19).
 */
public enum LicenseType {
  /** One shipment to one end user; valid up to one year; lapses once used. */
  SINGLE(1),
  /** Repeated shipments to one or more end users; valid up to three years. */
  GENERAL(3);

  private final int maxYears;

  LicenseType(int maxYears) {
    this.maxYears = maxYears;
  }

  /** The longest validity the regulations allow for this kind, in years. */
  public int maxYears() {
    return maxYears;
  }

  /**
   * The last day a license of this kind may be valid if it is valid from the given day: the same
   * day one (or three) years on. Licenses are printed both as "2025-03-01 to 2026-02-28" and "to
   * 2026-03-01"; both read as one year, so the bound is the lenient one.
   */
  public LocalDate latestValidUntil(LocalDate validFrom) {
    return validFrom.plusYears(maxYears);
  }
}
