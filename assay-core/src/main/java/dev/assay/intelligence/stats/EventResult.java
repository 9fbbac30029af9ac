package dev.assay.intelligence.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * A mineral's exports in the windows before and after a measure took effect, and where they went.
 *
 * @param change the change in monthly kilograms, after against before, as a fraction
 * @param destinations every destination served in either window, by share after
 */
public record EventResult(
    String measure,
    String citation,
    LocalDate effective,
    String mineral,
    Period before,
    Period after,
    double kgBefore,
    double kgAfter,
    double change,
    List<DestinationShift> destinations) {

  public EventResult {
    destinations = List.copyOf(destinations);
  }

  public List<DestinationShift> hubs() {
    return destinations.stream().filter(DestinationShift::hub).toList();
  }
}
