package dev.assay.risk;

/** How serious a finding is, from a weak indicator to a near-certain violation. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
