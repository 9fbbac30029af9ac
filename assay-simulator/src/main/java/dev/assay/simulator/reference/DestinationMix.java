package dev.assay.simulator.reference;

import dev.assay.declaration.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Where a mineral family's legitimate exports go, period by period. */
public record DestinationMix(String family, List<Entry> entries) {

  /** A destination's weight over a period ({@code from} and {@code to} inclusive, null = open). */
  public record Entry(
      LocalDate from, LocalDate to, CountryCode country, double weight, Sourced sourced) {
    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  public DestinationMix {
    entries = List.copyOf(entries);
  }

  /** The destinations and their weights on a date, in file order. */
  public List<Entry> on(LocalDate date) {
    List<Entry> active = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.covers(date)) {
        active.add(entry);
      }
    }
    return active;
  }
}
