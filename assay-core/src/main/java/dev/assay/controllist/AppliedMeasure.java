package dev.assay.controllist;

import java.util.Optional;

/**
 * A measure (or one clause of it) that applies to a goods line on the day asked, with what it
 * demands and the listed item it applies through.
 *
 * @param item the controlled item the goods line was matched to
 * @param referenceCode the reference code the line's HS code fell under, with its confidence
 */
public record AppliedMeasure(
    Measure measure,
    Optional<Clause> clause,
    Verdict verdict,
    Optional<ControlledItem> item,
    Optional<ReferenceCode> referenceCode) {

  /**
   * The citation for reports, such as "MOFCOM-GAC 2024 No. 33" or "MOFCOM 2024 No. 46, clause 2".
   */
  public String basis() {
    return clause.map(measure::basis).orElseGet(measure::basis);
  }

  /**
   * The weakest confidence of the facts this application rests on: the measure, the clause, the
   * item and the reference code.
   */
  public Confidence confidence() {
    Confidence weakest = measure.confidence();
    weakest = weaker(weakest, clause.map(Clause::confidence));
    weakest = weaker(weakest, item.map(ControlledItem::confidence));
    return weaker(weakest, referenceCode.map(ReferenceCode::confidence));
  }

  private static Confidence weaker(Confidence a, Optional<Confidence> b) {
    return b.filter(c -> c.compareTo(a) > 0).orElse(a);
  }
}
