package dev.assay.ml;

import dev.assay.ml.data.Dataset;
import java.time.LocalDate;

/**
 * How a training run splits its rows into periods, and what it may learn from each (docs/ml.md,
 * "Training and evaluation").
 *
 * @param trainUntil last day whose rows the trees are fitted on; null: the first 60% of days
 * @param validUntil last day of the validation period (early stopping, tuning); the rows after it
 *     are the test period; null: the next 20% of days, or every row after {@code trainUntil} when
 *     that is given (no test period)
 * @param valid validation rows from another file, after every row of the data (then the data is the
 *     training period and there is no test period); null for none
 * @param strict the test period's labels never join the histories its features come from, as if its
 *     outcomes were not known yet
 * @param tune try a small grid of tree settings and keep the best on the validation period
 */
public record Protocol(
    LocalDate trainUntil, LocalDate validUntil, Dataset valid, boolean strict, boolean tune) {

  public Protocol {
    if (valid != null && (trainUntil != null || validUntil != null)) {
      throw new IllegalArgumentException(
          "a validation file and --train-until/--valid-until are two ways to say the same; give one");
    }
    if (trainUntil != null && validUntil != null && !validUntil.isAfter(trainUntil)) {
      throw new IllegalArgumentException(
          "--valid-until " + validUntil + " must come after --train-until " + trainUntil);
    }
    if (validUntil != null && trainUntil == null) {
      throw new IllegalArgumentException("--valid-until needs --train-until");
    }
  }

  /** 60% of days to fit, 20% to stop early, 20% to test, nothing hidden, no tuning. */
  public static Protocol defaults() {
    return new Protocol(null, null, null, false, false);
  }
}
