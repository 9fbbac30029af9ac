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
 */
public record Determination(
    Verdict verdict,
    List<AppliedMeasure> measures,
    List<String> notes,
    List<StaleWarning> warnings) {

  static final Determination NOT_CONTROLLED =
      new Determination(Verdict.NOT_CONTROLLED, List.of(), List.of());

  public Determination {
    measures = List.copyOf(measures);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  public Determination(Verdict verdict, List<AppliedMeasure> measures, List<String> notes) {
    this(verdict, measures, notes, List.of());
  }

  /** This determination with warnings about its data in place of those it had. */
  public Determination withWarnings(List<StaleWarning> warnings) {
    return new Determination(verdict, measures, notes, warnings);
  }

  public boolean controlled() {
    return verdict != Verdict.NOT_CONTROLLED;
  }

  /** The measure that decides the verdict: the first of the gravest. */
  public Optional<AppliedMeasure> decisive() {
    return measures.isEmpty() ? Optional.empty() : Optional.of(measures.getFirst());
  }
}
