package dev.assay.server.intelligence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options as maps, written into the page as JSON and drawn by the same script as the trends
 * page's charts (the layout loads it where {@code charts = true}). Kept here rather than shared
 * with the trends page's helper, which is private to its package.
 */
final class ChartOptions {
  private ChartOptions() {}

  static Map<String, Object> base(List<String> categories, String valueName) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put("legend", Map.of("top", 0, "type", "scroll"));
    option.put(
        "grid", Map.of("left", 8, "right", 24, "top", 64, "bottom", 8, "containLabel", true));
    option.put("xAxis", Map.of("type", "category", "data", categories));
    option.put("yAxis", Map.of("type", "value", "name", valueName));
    option.put("series", new ArrayList<Map<String, Object>>());
    return option;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> series(
      Map<String, Object> option,
      String name,
      String type,
      String stack,
      List<? extends Number> data) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("type", type);
    if (stack != null) {
      s.put("stack", stack);
    }
    s.put("barMaxWidth", 28);
    s.put("data", data);
    ((List<Map<String, Object>>) option.get("series")).add(s);
    return s;
  }

  /** Vertical dashed lines at the categories given, labelled: the measures' effective dates. */
  static void markLines(Map<String, Object> series, List<Map<String, Object>> marks) {
    if (marks.isEmpty()) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("symbol", "none");
    line.put("lineStyle", Map.of("color", "#b42318", "type", "dashed", "width", 1));
    line.put(
        "label",
        Map.of("formatter", "{b}", "position", "insideEndTop", "color", "#b42318", "fontSize", 10));
    line.put("data", marks);
    series.put("markLine", line);
  }
}
