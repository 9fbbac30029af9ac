package dev.assay.server.intelligence;

import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Measure;
import dev.assay.intelligence.stats.DestinationShift;
import dev.assay.intelligence.stats.EventResult;
import dev.assay.intelligence.stats.Granularity;
import dev.assay.intelligence.stats.TradeRow;
import dev.assay.intelligence.supply.DisruptionEstimate;
import dev.assay.intelligence.supply.DisruptionModel;
import dev.assay.intelligence.supply.DisruptionParameters;
import dev.assay.server.security.AssayUser;
import dev.assay.server.web.Charts;
import dev.assay.server.web.Json;
import dev.assay.server.web.Shell;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's intelligence page: the core's trade statistics by mineral and quarter with each
 * measure's effective date marked, the emerging hubs its event study found (with the test stated),
 * and the supply-disruption estimate with its one-at-a-time sensitivity. Everything is computed by
 * the core's classes; this class only lays the results out.
 */
@Controller
public class IntelligencePages {
  /** Destinations drawn one by one in the chart; the rest are summed as "other". */
  private static final int TOP_DESTINATIONS = 6;

  private final IntelligenceData data;
  private final Map<String, DisruptionParameters> parameters = DisruptionParameters.bundled();

  public IntelligencePages(IntelligenceData data) {
    this.data = data;
  }

  /** One emerging hub: a destination whose share jumped after a measure. */
  public record Hub(EventResult event, DestinationShift shift) {}

  /** A measure date marked in the chart. */
  public record Mark(String period, String date, String citation) {}

  /** The page's content. */
  public record View(
      IntelligenceData.Snapshot snapshot,
      List<String> minerals,
      String mineral,
      String tradeChart,
      List<Mark> marks,
      List<Hub> hubs,
      String hubTest,
      List<EventResult> mineralEvents,
      double cut,
      List<DisruptionEstimate> estimates,
      String sensitivityMineral,
      List<DisruptionModel.Sensitivity> sensitivity,
      String sensitivityChart,
      int maxRows) {}

  @GetMapping("/analyst/intelligence")
  String page(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "mineral", required = false) String mineral,
      @RequestParam(name = "cut", defaultValue = "1") double cut,
      Model model) {
    // A cut outside 0..1 is not an error worth a refusal on a page: it is clamped and shown.
    double share = Double.isNaN(cut) ? 1 : Math.max(0, Math.min(1, cut));
    IntelligenceData.Snapshot s = data.snapshot();
    List<String> minerals = new ArrayList<>(s.statistics().cube().minerals());
    String chosen =
        mineral != null && minerals.contains(mineral)
            ? mineral
            : minerals.isEmpty() ? null : minerals.getFirst();
    List<Mark> marks = chosen == null ? List.of() : marks(s, chosen);
    String chart = chosen == null ? null : Json.block(tradeChart(s, chosen, marks));
    List<Hub> hubs = new ArrayList<>();
    for (EventResult e : s.events()) {
      for (DestinationShift d : e.hubs()) {
        hubs.add(new Hub(e, d));
      }
    }
    List<EventResult> mineralEvents =
        s.events().stream().filter(e -> e.mineral().equals(chosen)).toList();
    List<DisruptionEstimate> estimates = new ArrayList<>();
    parameters.values().forEach(p -> estimates.add(DisruptionModel.estimate(p, share)));
    String sensitivityMineral =
        chosen != null && parameters.containsKey(chosen)
            ? chosen
            : parameters.keySet().stream().findFirst().orElse(null);
    List<DisruptionModel.Sensitivity> sensitivity =
        sensitivityMineral == null
            ? List.of()
            : DisruptionModel.sensitivity(parameters.get(sensitivityMineral), share);
    model.addAttribute("shell", new Shell(user, csrf, "Intelligence", "/analyst/intelligence"));
    model.addAttribute(
        "view",
        new View(
            s,
            minerals,
            chosen,
            chart,
            marks,
            hubs,
            s.test().describe(),
            mineralEvents,
            share,
            estimates,
            sensitivityMineral,
            sensitivity,
            sensitivity.isEmpty() ? null : Json.block(tornado(sensitivity)),
            data.maxRows()));
    return "intelligence/page";
  }

  /** The quarters in which measures covering the mineral took effect. */
  private static List<Mark> marks(IntelligenceData.Snapshot s, String mineral) {
    List<Mark> out = new ArrayList<>();
    for (Measure m : s.controlList().measures()) {
      if (m.items().stream().map(ControlledItem::mineral).anyMatch(mineral::equals)) {
        out.add(
            new Mark(
                Granularity.QUARTER.periodOf(YearMonth.from(m.effective())).label(),
                m.effective().toString(),
                m.citation()));
      }
    }
    return out;
  }

  /** Kilograms per quarter, stacked by destination, with the measures' quarters marked. */
  private static Map<String, Object> tradeChart(
      IntelligenceData.Snapshot s, String mineral, List<Mark> marks) {
    List<TradeRow> rows = s.statistics().table(Granularity.QUARTER, mineral, true);
    Set<String> periods = new LinkedHashSet<>();
    Map<String, Double> totals = new LinkedHashMap<>();
    for (TradeRow r : rows) {
      periods.add(r.period());
      if (!r.destination().equals("*")) {
        totals.merge(r.destination(), r.kg(), Double::sum);
      }
    }
    List<String> top =
        totals.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(TOP_DESTINATIONS)
            .map(Map.Entry::getKey)
            .toList();
    List<String> axis = new ArrayList<>(periods);
    Map<String, Object> option = Charts.base(axis, "kg");
    Map<String, Object> first = null;
    List<String> groups = new ArrayList<>(top);
    if (totals.size() > top.size()) {
      groups.add("other");
    }
    for (String g : groups) {
      List<Double> values = new ArrayList<>();
      for (String p : axis) {
        double kg = 0;
        for (TradeRow r : rows) {
          boolean mine =
              g.equals("other")
                  ? !r.destination().equals("*") && !top.contains(r.destination())
                  : r.destination().equals(g);
          if (mine && r.period().equals(p)) {
            kg += r.kg();
          }
        }
        values.add((double) Math.round(kg));
      }
      Map<String, Object> series = Charts.series(option, g, "bar", "dest", values);
      first = first == null ? series : first;
    }
    if (first != null) {
      List<Map<String, Object>> lines = new ArrayList<>();
      for (Mark m : marks) {
        if (axis.contains(m.period())) {
          // Ordered, so that the page's JSON is the same from one view to the next.
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("xAxis", m.period());
          line.put("name", m.citation() + " " + m.date());
          lines.add(line);
        }
      }
      Charts.marks(first, lines);
    }
    return option;
  }

  /** The loss at each parameter's low and high end: a tornado of horizontal bars. */
  private static Map<String, Object> tornado(List<DisruptionModel.Sensitivity> rows) {
    List<String> names = rows.stream().map(DisruptionModel.Sensitivity::parameter).toList();
    Map<String, Object> option = Charts.base(names, "loss, M USD");
    // Horizontal: the parameters on the vertical axis.
    option.put("xAxis", option.get("yAxis"));
    // Widest swing first, at the top.
    option.put("yAxis", Map.of("type", "category", "data", names, "inverse", true));
    Charts.series(
        option,
        "at low end",
        "bar",
        null,
        rows.stream().map(r -> Math.round(r.lossAtLow() / 1e4) / 100.0).toList());
    Charts.series(
        option,
        "at high end",
        "bar",
        null,
        rows.stream().map(r -> Math.round(r.lossAtHigh() / 1e4) / 100.0).toList());
    return option;
  }
}
