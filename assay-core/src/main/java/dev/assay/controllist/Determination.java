package dev.assay.controllist;

import java.util.List;
import java.util.Optional;

/**
 * What a goods line needs on the day asked, the measures it rests on (gravest first) and notes for
 * the officer: codes that need the technical description checked, thresholds to verify, listed
 * measures that are suspended or not yet in force.
 *
 * @param warnings why the legal data behind it may be out of date (a suspension that ran out with
 *     no later announcement recorded, an old list); see {@link ListAge}. Kept apart from the
 *     verdict and the notes so that readers of either are not affected.
 * @param absenceClaim for {@link Verdict#DEPENDS_ON_SPECIFICATION}: the description's claim that
 *     the goods are not the item, a denied content ("无镝") or its own figures outside the item's
 *     limits ("1000 um (limit particle size <= 50 um)"); a claim to verify with documents
 */
public record Determination(
    Verdict verdict,
    List<AppliedMeasure> measures,
    List<String> notes,
    List<StaleWarning> warnings,
    Optional<String> absenceClaim) {

  static final Determination NOT_CONTROLLED =
      new Determination(Verdict.NOT_CONTROLLED, List.of(), List.of());

  public Determination {
    absenceClaim = absenceClaim == null ? Optional.empty() : absenceClaim;
    measures = List.copyOf(measures);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  public Determination(Verdict verdict, List<AppliedMeasure> measures, List<String> notes) {
    this(verdict, measures, notes, List.of(), Optional.empty());
  }

  public Determination(
      Verdict verdict,
      List<AppliedMeasure> measures,
      List<String> notes,
      List<StaleWarning> warnings) {
    this(verdict, measures, notes, warnings, Optional.empty());
  }

  /** This determination with warnings about its data in place of those it had. */
  public Determination withWarnings(List<StaleWarning> warnings) {
    return new Determination(verdict, measures, notes, warnings, absenceClaim);
  }

  /**
   * Whether the line needs more than a plain export: a license, or worse. A line whose verdict
   * depends on its specification is not (yet) controlled.
   */
  public boolean controlled() {
    return verdict.compareTo(Verdict.LICENSE_REQUIRED) >= 0;
  }

  /**
   * For {@link Verdict#DEPENDS_ON_SPECIFICATION}: what decides, one phrase per candidate item
   * ("whether the goods are 1C905.a.4 dysprosium-containing NdFeB ... (threshold)"); empty
   * otherwise.
   */
  public List<String> decidedBy() {
    if (verdict != Verdict.DEPENDS_ON_SPECIFICATION) {
      return List.of();
    }
    return measures.stream()
        .map(
            m ->
                "whether the goods are "
                    + m.item().map(i -> i.label()).orElse("the listed item")
                    + m.item().flatMap(i -> i.threshold()).map(t -> " (" + t + ")").orElse("")
                    + " -> "
                    + m.verdict())
        .distinct()
        .toList();
  }

  /** The measure that decides the verdict: the first of the gravest. */
  public Optional<AppliedMeasure> decisive() {
    return measures.isEmpty() ? Optional.empty() : Optional.of(measures.getFirst());
  }
}
