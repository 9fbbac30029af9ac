package dev.assay.controllist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need every file at once: measure ids unique across files, suspensions naming
 * measures, clauses and items that exist, clauses naming minerals that some item has.
 */
final class CrossReferences {
  private CrossReferences() {}

  static void check(List<Measure> measures) {
    Map<String, Measure> byId = new HashMap<>();
    for (Measure measure : measures) {
      Measure earlier = byId.putIfAbsent(measure.id(), measure);
      if (earlier != null) {
        throw new ControlListException(
            measure.file(), "id", "duplicate id '" + measure.id() + "', also in " + earlier.file());
      }
    }
    Set<String> minerals = new HashSet<>();
    measures.forEach(m -> m.items().forEach(i -> minerals.add(i.mineral())));
    for (Measure measure : measures) {
      checkSuspensions(measure, byId);
      checkMinerals(measure, minerals);
    }
  }

  private static void checkSuspensions(Measure measure, Map<String, Measure> byId) {
    for (int i = 0; i < measure.suspensions().size(); i++) {
      Suspension suspension = measure.suspensions().get(i);
      String path = "suspends[" + i + "]";
      Measure target = byId.get(suspension.measure());
      if (target == null) {
        throw new ControlListException(
            measure.file(), path + ".measure", "unknown measure '" + suspension.measure() + "'");
      }
      if (target.kind() == MeasureKind.SUSPENSION) {
        throw new ControlListException(
            measure.file(),
            path + ".measure",
            "'"
                + target.id()
                + "' is itself a suspension; record the change to the suspended measure instead");
      }
      for (int c = 0; c < suspension.clauses().size(); c++) {
        String clause = suspension.clauses().get(c);
        if (target.clause(clause).isEmpty()) {
          throw new ControlListException(
              measure.file(),
              path + ".clauses[" + c + "]",
              "'" + target.id() + "' has no clause '" + clause + "'");
        }
      }
      for (int c = 0; c < suspension.items().size(); c++) {
        String item = suspension.items().get(c);
        if (target.item(item).isEmpty()) {
          throw new ControlListException(
              measure.file(),
              path + ".items[" + c + "]",
              "'" + target.id() + "' has no item '" + item + "'");
        }
      }
    }
  }

  private static void checkMinerals(Measure measure, Set<String> minerals) {
    for (int c = 0; c < measure.clauses().size(); c++) {
      Clause clause = measure.clauses().get(c);
      if (clause.appliesTo().isEmpty()) {
        continue;
      }
      for (String mineral : clause.appliesTo().get().minerals()) {
        if (!minerals.contains(mineral)) {
          throw new ControlListException(
              measure.file(),
              "clauses[" + c + "].appliesTo.minerals",
              "no item of the list has the mineral '" + mineral + "'");
        }
      }
    }
  }
}
