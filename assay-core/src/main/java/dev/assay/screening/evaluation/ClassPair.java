package dev.assay.screening.evaluation;

import java.util.Objects;

/**
 * A hand-written labelled pair of the per-class evaluation set.
 *
 * @param part {@code tune} (may be looked at while building a mechanism) or {@code held-out} (fixed
 *     when written, never tuned on)
 * @param category the error class: legal-form, compound, arabic, wade-giles, korean...
 */
public record ClassPair(String part, String category, LabelledPair pair) {
  public static final String TUNE = "tune";
  public static final String HELD_OUT = "held-out";

  public ClassPair {
    if (!TUNE.equals(part) && !HELD_OUT.equals(part)) {
      throw new IllegalArgumentException(
          "class pair '" + pair.query() + "': part must be tune or held-out, not '" + part + "'");
    }
    Objects.requireNonNull(category);
    Objects.requireNonNull(pair);
  }
}
