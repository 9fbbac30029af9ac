package dev.assay.simulator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run produced: declarations, violations per typology, licenses issued, and under an
 * inspection policy how many declarations were inspected and how many violations were found.
 * Warnings say where the settings could not be met (a typology impossible in the period).
 */
public record SimulationSummary(
    long declarations,
    Map<Typology, Long> violations,
    long licenses,
    long inspected,
    long violationsFound,
    int exporters,
    int overseasParties,
    List<String> warnings) {

  public SimulationSummary {
    violations = new EnumMap<>(violations);
    warnings = List.copyOf(warnings);
  }

  public long totalViolations() {
    return violations.values().stream().mapToLong(Long::longValue).sum();
  }
}
