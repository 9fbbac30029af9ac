package dev.assay.rules;

import dev.assay.declaration.Declaration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the screen has seen before the current declaration, per exporter and per consignee, so that
 * a rule can ask "first time?". Learned in one pass in stream order, never looking ahead; kept by
 * the detector, so it survives a reload of the rule file.
 */
final class History {
  private final Map<String, ExporterRecord> exporters = new HashMap<>();
  private final Map<String, long[]> consignees = new HashMap<>();

  /** What was known before this declaration; then the declaration is added to the history. */
  synchronized Reading readThenRecord(Declaration declaration, boolean controlled) {
    String exporterKey = declaration.exporter().code().value();
    ExporterRecord exporter = exporters.computeIfAbsent(exporterKey, k -> new ExporterRecord());
    String destination = declaration.destination().value();
    String consigneeKey =
        declaration.consignee().country().value()
            + '|'
            + declaration.consignee().name().strip().toUpperCase(Locale.ROOT);
    long[] consignee = consignees.computeIfAbsent(consigneeKey, k -> new long[1]);
    Reading reading =
        new Reading(
            exporter.declarations,
            exporter.controlledDeclarations,
            exporter.destinations.contains(destination),
            consignee[0]);
    exporter.declarations++;
    if (controlled) {
      exporter.controlledDeclarations++;
    }
    exporter.destinations.add(destination);
    consignee[0]++;
    return reading;
  }

  /** The history variables of one declaration, as read before it was recorded. */
  record Reading(
      long exporterDeclarations,
      long exporterControlledDeclarations,
      boolean exporterShippedToDestination,
      long consigneeDeclarations) {}

  private static final class ExporterRecord {
    long declarations;
    long controlledDeclarations;
    final Set<String> destinations = new HashSet<>(4);
  }
}
