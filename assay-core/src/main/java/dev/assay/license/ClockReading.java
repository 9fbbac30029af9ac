package dev.assay.license;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The statutory review clock of one application on one day.
 *
 * @param acceptedOn the day the application was accepted for review; the clock counts from the next
 *     working day
 * @param workingDaysCounted working days counted so far (up to the day read, or the decision)
 * @param workingDaysLeft the statutory limit less those counted; negative once overdue
 * @param dueOn the last working day of the limit, assuming no further pause; empty before
 *     acceptance and while a review stops the clock
 * @param pausedBy the review stopping the clock now, if any
 * @param calendarSure false when a day the reading depends on falls in a year the working-day data
 *     does not cover (or marks unsure): the reading then counts weekends only for that year
 */
public record ClockReading(
    Status status,
    Optional<LocalDate> acceptedOn,
    int workingDaysCounted,
    int workingDaysLeft,
    Optional<LocalDate> dueOn,
    Optional<PauseKind> pausedBy,
    boolean calendarSure) {

  /** Where the clock stands. */
  public enum Status {
    /** Not yet accepted for review (draft or submitted). */
    NOT_STARTED,
    RUNNING,
    /** An identification, expert review or on-site check stops it. */
    PAUSED,
    /** Running or paused, and past the statutory limit. */
    OVERDUE,
    /** Decided or withdrawn within the limit. */
    STOPPED,
    /** Decided or withdrawn after the limit had passed. */
    STOPPED_LATE
  }

  public boolean isOverdue() {
    return status == Status.OVERDUE;
  }
}
