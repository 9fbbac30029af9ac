package dev.assay.risk;

/** The selectivity lane a declaration is sent to at clearance. */
public enum Lane {
  /** Physical inspection. */
  RED,
  /** Documentary check. */
  YELLOW,
  /** Release. */
  GREEN,
  /** Release, then post-clearance audit. */
  BLUE
}
