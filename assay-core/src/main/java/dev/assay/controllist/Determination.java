package dev.assay.controllist;

import java.util.List;
import java.util.Optional;

/**
 * What a goods line needs on the day asked, the measures it rests on (gravest first) and notes for
 * the officer: codes that need the technical description checked, thresholds to verify, listed
 * measures that are suspended or not yet in force.
 */
public record Determination(Verdict verdict, List<AppliedMeasure> measures, List<String> notes) {

  static final Determination NOT_CONTROLLED =
      new Determination(Verdict.NOT_CONTROLLED, List.of(), List.of());

  public Determination {
    measures = List.copyOf(measures);
    notes = List.copyOf(notes);
  }

  public boolean controlled() {
    return verdict != Verdict.NOT_CONTROLLED;
  }

  /** The measure that decides the verdict: the first of the gravest. */
  public Optional<AppliedMeasure> decisive() {
    return measures.isEmpty() ? Optional.empty() : Optional.of(measures.getFirst());
  }
}
