package dev.assay.risk;

/** How serious a finding is, from a weak indicator to a near-certain violation. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** One step lower, and never below {@link #LOW}. */
  public Severity lower() {
    return this == LOW ? LOW : values()[ordinal() - 1];
  }
}
