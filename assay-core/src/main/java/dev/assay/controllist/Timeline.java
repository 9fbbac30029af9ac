package dev.assay.controllist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suspensions of the whole list, gathered by what they suspend, so that each measure, clause
 * and item gets its {@link Schedule} once at load.
 */
final class Timeline {
  private final Map<String, List<Schedule.Window>> wholeMeasure = new HashMap<>();
  private final Map<String, List<Schedule.Window>> parts = new HashMap<>();

  Timeline(List<Measure> measures) {
    for (Measure by : measures) {
      for (Suspension suspension : by.suspensions()) {
        Schedule.Window window = new Schedule.Window(by, suspension);
        if (suspension.wholeMeasure()) {
          add(wholeMeasure, suspension.measure(), window);
        }
        for (String clause : suspension.clauses()) {
          add(parts, partKey(suspension.measure(), "clause", clause), window);
        }
        for (String item : suspension.items()) {
          add(parts, partKey(suspension.measure(), "item", item), window);
        }
      }
    }
  }

  Schedule of(Measure measure) {
    return new Schedule(measure.effective(), windows(measure, null));
  }

  Schedule of(Measure measure, Clause clause) {
    return new Schedule(
        clause.effective(), windows(measure, partKey(measure.id(), "clause", clause.id())));
  }

  Schedule of(Measure measure, ControlledItem item) {
    return new Schedule(
        measure.effective(), windows(measure, partKey(measure.id(), "item", item.id())));
  }

  private List<Schedule.Window> windows(Measure measure, String partKey) {
    List<Schedule.Window> windows =
        new ArrayList<>(wholeMeasure.getOrDefault(measure.id(), List.of()));
    if (partKey != null) {
      windows.addAll(parts.getOrDefault(partKey, List.of()));
    }
    return windows;
  }

  private static String partKey(String measure, String kind, String id) {
    return measure + '\u0000' + kind + '\u0000' + id;
  }

  private static void add(Map<String, List<Schedule.Window>> map, String key, Schedule.Window w) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
  }
}
