package dev.assay.screening.matching;

import java.util.Locale;

/**
 * A change to a match's score from what else is known about both parties: country, date of birth,
 * identifiers.
 */
public record Adjustment(String reason, double delta) {
  public String describe() {
    return String.format(Locale.ROOT, "%s %+.2f", reason, delta);
  }
}
