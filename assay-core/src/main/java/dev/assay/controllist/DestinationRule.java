package dev.assay.controllist;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import java.time.LocalDate;

/**
 * A clause that acts on top of the item measures for some destinations or end uses (MOFCOM 2024 No.
 * 46, MOFCOM 2026 No. 1), precomputed with its schedule.
 */
final class DestinationRule {
  final Measure measure;
  final Clause clause;
  final Verdict verdict;
  private final Schedule schedule;
  private final ItemScope scope;

  DestinationRule(Measure measure, Clause clause, Schedule schedule) {
    this.measure = measure;
    this.clause = clause;
    this.schedule = schedule;
    this.verdict = clause.kind().verdict().orElseThrow();
    this.scope = clause.appliesTo().orElseThrow();
  }

  /**
   * Whether the clause applies to a shipment on a date. The destination test looks at the end
   * user's country as well as the destination, because these clauses name the parties' country, and
   * a shipment routed through a third country to a listed country's end user is the case the
   * clauses were written against.
   */
  boolean appliesTo(
      CountryCode destination, CountryCode endUserCountry, EndUse endUse, LocalDate date) {
    return clause.endUses().covers(endUse)
        && (clause.destinations().covers(destination)
            || (endUserCountry != null && clause.destinations().covers(endUserCountry)))
        && schedule.inForceOn(date);
  }

  boolean reaches(ControlledItem item) {
    return scope.reaches(item);
  }
}
