package dev.assay.controllist;

import java.util.Optional;

/** What an announcement (or one of its clauses) does. */
public enum MeasureKind {
  /** Export needs a dual-use export licence. */
  LICENSE_REQUIRED,
  /** Licence applications are in principle refused. */
  PRESUMPTION_OF_DENIAL,
  /** Export is banned. */
  PROHIBITED,
  /** Suspends other measures, clauses or items for a period. */
  SUSPENSION,
  /** Recorded for reference (a consolidated list, a catalogue); changes no determination. */
  INFORMATIONAL;

  /** The verdict a goods line gets from a measure of this kind, if the kind controls goods. */
  public Optional<Verdict> verdict() {
    return switch (this) {
      case LICENSE_REQUIRED -> Optional.of(Verdict.LICENSE_REQUIRED);
      case PRESUMPTION_OF_DENIAL -> Optional.of(Verdict.PRESUMPTION_OF_DENIAL);
      case PROHIBITED -> Optional.of(Verdict.PROHIBITED);
      case SUSPENSION, INFORMATIONAL -> Optional.empty();
    };
  }

  /** Whether measures of this kind control goods (as opposed to suspending or informing). */
  public boolean controlsGoods() {
    return verdict().isPresent();
  }
}
