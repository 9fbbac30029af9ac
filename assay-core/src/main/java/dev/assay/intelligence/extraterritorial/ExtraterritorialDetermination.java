package dev.assay.intelligence.extraterritorial;

import dev.assay.controllist.StaleWarning;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a foreign-made item needs a Chinese licence under the extraterritorial rare-earth
 * measure, on a date.
 *
 * @param share the value of PRC-origin listed rare-earth content over the item's value
 * @param controlledComponents the bill-of-materials lines counted as that content
 * @param measureStatus where the measure stands on the date (IN_FORCE, SUSPENDED, ...)
 * @param suspendedUntil the last day of the suspension covering the date, or null
 */
public record ExtraterritorialDetermination(
    Outcome outcome,
    String measure,
    String citation,
    LocalDate asOf,
    double itemValueUsd,
    double controlledValueUsd,
    double share,
    double deMinimisShare,
    List<String> controlledComponents,
    List<RuleResult> rules,
    String measureStatus,
    LocalDate suspendedUntil,
    List<StaleWarning> warnings,
    List<String> notes) {

  public enum Outcome {
    /** A rule is met and its clause is in force: a MOFCOM dual-use licence is needed. */
    LICENSE_REQUIRED,
    /** As above, and the end use is one the measure presumes to deny. */
    PRESUMPTION_OF_DENIAL,
    /** A rule is met but its clause is suspended on the date. */
    SUSPENDED,
    /** A rule is met but its clause has not taken effect on the date. */
    NOT_YET_EFFECTIVE,
    /** No rule is met. */
    NOT_REQUIRED
  }

  public ExtraterritorialDetermination {
    controlledComponents = List.copyOf(controlledComponents);
    rules = List.copyOf(rules);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }
}
