package dev.assay.controllist;

/** Where a measure stands on a given date. */
public enum MeasureStatus {
  /** Announced (or not yet announced) but its effective date has not come. */
  NOT_YET_EFFECTIVE,
  IN_FORCE,
  /** Effective, but a suspension covers the date. */
  SUSPENDED
}
