package dev.assay.controllist;

import java.time.LocalDate;

/**
 * Why a determination may rest on out-of-date legal data.
 *
 * @param kind what is stale
 * @param measure the id of the measure concerned (the suspended one for a lapsed suspension; the
 *     newest of the list for {@link Kind#DATA_AGE})
 * @param basis how reports cite what is stale, such as "MOFCOM 2024 No. 46, clause 2"
 * @param since the first day the data may be wrong: the day after a suspension ended, or the day
 *     the list's age passed the limit
 * @param message the warning in words, for officers
 */
public record StaleWarning(
    Kind kind, String measure, String basis, LocalDate since, String message) {

  public enum Kind {
    /**
     * A suspension ran out and no later announcement about the suspended measure is recorded: the
     * measure applies again as recorded, but it may have been extended, amended or lifted.
     */
    LAPSED_SUSPENSION,
    /** The newest announcement in the list is older than the configured age on the date asked. */
    DATA_AGE
  }
}
