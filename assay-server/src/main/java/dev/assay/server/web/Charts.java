package dev.assay.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options as plain maps, written into the page as JSON (the page carries no script of its
 * own; app.js hands the option to ECharts). One look for every chart: axis on the left, legend on
 * top, tooltips on the axis. Shared by the analyst's pages of every package.
 */
public final class Charts {
  private Charts() {}

  public static Map<String, Object> base(List<String> categories, String yName) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put("legend", Map.of("top", 0, "type", "scroll"));
    option.put(
        "grid", Map.of("left", 8, "right", 24, "top", 64, "bottom", 8, "containLabel", true));
    option.put("xAxis", Map.of("type", "category", "data", categories));
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("type", "value");
    y.put("name", yName);
    y.put("nameTextStyle", Map.of("align", "left"));
    y.put("splitLine", Map.of("lineStyle", Map.of("color", "#eef1f4")));
    option.put("yAxis", y);
    option.put("series", new ArrayList<Map<String, Object>>());
    return option;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> series(
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
    if ("line".equals(type)) {
      s.put("showSymbol", false);
      s.put("connectNulls", true);
    }
    if ("bar".equals(type)) {
      s.put("barMaxWidth", 28);
    }
    s.put("data", data);
    ((List<Map<String, Object>>) option.get("series")).add(s);
    return s;
  }

  /** Vertical dashed lines at the categories given, labelled (the measures' dates). */
  public static void marks(Map<String, Object> series, List<Map<String, Object>> marks) {
    if (marks.isEmpty()) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("symbol", "none");
    line.put("silent", false);
    line.put("lineStyle", Map.of("color", "#b42318", "type", "dashed", "width", 1));
    line.put(
        "label",
        Map.of("formatter", "{b}", "position", "insideEndTop", "color", "#b42318", "fontSize", 10));
    line.put("data", marks);
    series.put("markLine", line);
  }
}
