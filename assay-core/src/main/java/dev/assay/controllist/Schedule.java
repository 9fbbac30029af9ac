package dev.assay.controllist;

import java.time.LocalDate;
import java.util.List;

/**
 * When a measure, clause or item is in force: from its effective date, except on the days a
 * suspension covers. Precomputed once at load so that a determination only compares dates.
 */
final class Schedule {

  /** A suspension together with the announcement that made it, for citing it in notes. */
  record Window(Measure by, Suspension suspension) {}

  private final LocalDate effective;
  private final Window[] windows;

  Schedule(LocalDate effective, List<Window> windows) {
    this.effective = effective;
    this.windows = windows.toArray(Window[]::new);
  }

  LocalDate effective() {
    return effective;
  }

  MeasureStatus status(LocalDate date) {
    if (date.isBefore(effective)) {
      return MeasureStatus.NOT_YET_EFFECTIVE;
    }
    return suspensionOn(date) == null ? MeasureStatus.IN_FORCE : MeasureStatus.SUSPENDED;
  }

  boolean inForceOn(LocalDate date) {
    return status(date) == MeasureStatus.IN_FORCE;
  }

  /** The suspension covering the date, or null. */
  Window suspensionOn(LocalDate date) {
    for (Window window : windows) {
      if (window.suspension().covers(date)) {
        return window;
      }
    }
    return null;
  }
}
