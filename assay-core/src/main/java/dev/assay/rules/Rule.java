package dev.assay.rules;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One analyst rule as its file states it: when its expression holds for a declaration, the rule
 * raises a finding with its code, severity and basis.
 *
 * @param validFrom first day the rule is in force, or always since
 * @param validTo last day the rule is in force (inclusive), or with no end
 * @param basis what the finding rests on: the analyst's reference (circular, case, memo)
 */
public record Rule(
    String id,
    String description,
    String expression,
    FindingCode code,
    Severity severity,
    Optional<LocalDate> validFrom,
    Optional<LocalDate> validTo,
    String basis) {

  /** Whether the rule is in force on a day (its declaration's as-of date). */
  public boolean inForceOn(LocalDate date) {
    return validFrom.map(from -> !date.isBefore(from)).orElse(true)
        && validTo.map(to -> !date.isAfter(to)).orElse(true);
  }
}
