package dev.assay.controllist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a suspending announcement suspends: a whole measure, some of its clauses or some of its
 * items, from one date until another, both inclusive. Without an end date the suspension lasts
 * until a later announcement says otherwise (which is also how a repeal or the removal of an item
 * by amendment is recorded).
 *
 * @param measure the id of the suspended measure
 * @param clauses the suspended clauses; empty means every clause
 * @param items the suspended items; empty means every item
 */
public record Suspension(
    String measure,
    List<String> clauses,
    List<String> items,
    LocalDate from,
    Optional<LocalDate> until,
    List<String> sources,
    Confidence confidence,
    Optional<String> note) {

  public Suspension {
    clauses = List.copyOf(clauses);
    items = List.copyOf(items);
    sources = List.copyOf(sources);
  }

  /** Whether the date lies in the suspension, both ends included. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && until.map(end -> !date.isAfter(end)).orElse(true);
  }

  /** Whether the whole measure is suspended, not just some clauses or items. */
  public boolean wholeMeasure() {
    return clauses.isEmpty() && items.isEmpty();
  }
}
