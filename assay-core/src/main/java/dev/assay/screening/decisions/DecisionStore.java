package dev.assay.screening.decisions;

import java.util.List;
import java.util.Optional;

/**
 * Where decisions on matches are kept. Append-only: a decision is recorded, never changed. The
 * file-based {@link JsonLinesDecisionStore} ships with the core; a database store can implement
 * this in an adapter module. Implementations must be thread-safe.
 */
public interface DecisionStore {

  /** Records a decision; durable when this returns. */
  void record(Decision decision);

  /** Every decision about this party and entry, oldest first. */
  List<Decision> history(String partyKey, String entryKey);

  /** The decision in force for this party and entry: the latest. */
  default Optional<Decision> latest(String partyKey, String entryKey) {
    List<Decision> h = history(partyKey, entryKey);
    return h.isEmpty() ? Optional.empty() : Optional.of(h.getLast());
  }

  /** Every decision, oldest first. */
  List<Decision> all();
}
