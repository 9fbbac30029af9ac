package dev.assay.screening.lists;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed between two versions of a list, by entry id: what a re-screening has to look at.
 *
 * @param previous the version before, or null for a list seen for the first time
 * @param changed entries whose names, dates, identifiers or announcements changed
 */
public record ListChanges(
    String listId,
    LocalDate previous,
    LocalDate current,
    List<String> added,
    List<String> removed,
    List<String> changed) {

  public ListChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  public String summary() {
    return listId
        + (previous == null ? " (new list)" : " " + previous + " -> " + current)
        + ": "
        + added.size()
        + " added, "
        + removed.size()
        + " removed, "
        + changed.size()
        + " changed";
  }
}
