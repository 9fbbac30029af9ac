package dev.assay.server.web;

import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Measure;
import dev.assay.controllist.Suspension;
import dev.assay.intelligence.stats.TradeCell;
import dev.assay.intelligence.stats.TradeCube;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.ScreeningEngine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's trends: exports per mineral, destination and month with the control measures' dates
 * marked; lane loads per month; how often each finding code fires and how often an inspection it
 * led to found a violation.
 */
@Controller
public class AnalystPages {
  /** Destinations drawn one by one; the rest are summed as "other". */
  private static final int TOP_DESTINATIONS = 7;

  private final AnalystData data;
  private final ScreeningEngine engine;
  private final JdbcClient jdbc;

  public AnalystPages(AnalystData data, ScreeningEngine engine, JdbcClient jdbc) {
    this.data = data;
    this.engine = engine;
    this.jdbc = jdbc;
  }

  /** A measure date shown with the chart. */
  public record MeasureDate(LocalDate date, String what, String citation, String title) {}

  /** Hit rate of one finding code over the inspections it led to. */
  public record HitRate(String code, long fired, long inspected, long violations) {
    public double rate() {
      return inspected == 0 ? 0 : (double) violations / inspected;
    }
  }

  /** The page's content. */
  public record Trends(
      List<String> minerals,
      String mineral,
      String measure,
      String exportsChart,
      String lanesChart,
      String findingsChart,
      String hitChart,
      List<MeasureDate> measures,
      List<HitRate> hitRates,
      String ruleFiringsChart,
      String ruleHitChart,
      List<HitRate> ruleHitRates,
      long declarations) {}

  @GetMapping("/analyst/trends")
  String trends(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "mineral", required = false) String mineral,
      @RequestParam(name = "measure", defaultValue = "usd") String measure,
      Model model) {
    AnalystData.Snapshot s = data.snapshot();
    RuleHits rules = ruleHits();
    TradeCube cube = s.cube();
    List<String> minerals =
        cube.minerals().stream()
            .sorted(
                Comparator.comparingDouble(
                    (String m) -> -cube.sum(k -> k.mineral().equals(m)).usd()))
            .toList();
    String chosen =
        mineral != null && minerals.contains(mineral)
            ? mineral
            : minerals.isEmpty() ? null : minerals.getFirst();
    boolean kg = "kg".equals(measure);
    List<MeasureDate> dates = chosen == null ? List.of() : measureDates(chosen);
    model.addAttribute("shell", new Shell(user, csrf, "Trends", "/analyst/trends"));
    model.addAttribute(
        "trends",
        new Trends(
            minerals,
            chosen,
            kg ? "kg" : "usd",
            chosen == null ? null : Json.block(exports(cube, chosen, kg, dates)),
            Json.block(lanes()),
            Json.block(findings()),
            Json.block(hitRateChart()),
            dates,
            hitRates(),
            rules.firingsChart(),
            rules.hitChart(),
            rules.rates(),
            s.rows()));
    return "analyst/trends";
  }

  private static List<String> months(YearMonth first, YearMonth last) {
    List<String> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m.toString());
    }
    return out;
  }

  private Map<String, Object> exports(
      TradeCube cube, String mineral, boolean kg, List<MeasureDate> dates) {
    YearMonth first = cube.firstMonth().orElse(YearMonth.now());
    YearMonth last = cube.lastMonth().orElse(YearMonth.now());
    List<String> months = months(first, last);
    Map<String, Double> totals = new LinkedHashMap<>();
    for (String d : cube.destinations(mineral)) {
      TradeCell c = cube.sum(k -> k.mineral().equals(mineral) && k.destination().equals(d));
      totals.put(d, kg ? c.kg() : c.usd());
    }
    List<String> top =
        totals.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(TOP_DESTINATIONS)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Object> option = Charts.base(months, kg ? "kg" : "USD");
    Map<String, Object> firstSeries = null;
    for (String d : top) {
      List<Double> values = new ArrayList<>();
      for (String m : months) {
        TradeCell c =
            cube.sum(
                k ->
                    k.mineral().equals(mineral)
                        && k.destination().equals(d)
                        && k.month().toString().equals(m));
        values.add(Math.round(kg ? c.kg() : c.usd()) * 1.0);
      }
      Map<String, Object> series = Charts.series(option, d, "bar", "dest", values);
      firstSeries = firstSeries == null ? series : firstSeries;
    }
    if (totals.size() > top.size()) {
      List<Double> values = new ArrayList<>();
      for (String m : months) {
        TradeCell c =
            cube.sum(
                k ->
                    k.mineral().equals(mineral)
                        && !top.contains(k.destination())
                        && k.month().toString().equals(m));
        values.add(Math.round(kg ? c.kg() : c.usd()) * 1.0);
      }
      Charts.series(option, "other", "bar", "dest", values);
    }
    if (firstSeries != null) {
      List<Map<String, Object>> marks = new ArrayList<>();
      for (MeasureDate d : dates) {
        String m = YearMonth.from(d.date()).toString();
        if (months.contains(m)) {
          marks.add(Map.of("xAxis", m, "name", d.what() + " " + d.citation()));
        }
      }
      Charts.marks(firstSeries, marks);
    }
    return option;
  }

  /** The dates on which measures covering the mineral took effect, were suspended or resumed. */
  private List<MeasureDate> measureDates(String mineral) {
    List<MeasureDate> out = new ArrayList<>();
    for (Measure m : engine.controlList().measures()) {
      boolean covers = m.items().stream().map(ControlledItem::mineral).anyMatch(mineral::equals);
      if (!covers) {
        continue;
      }
      out.add(new MeasureDate(m.effective(), "in force", m.citation(), m.title()));
      for (Suspension s : m.suspensions()) {
        out.add(new MeasureDate(s.from(), "suspended", m.citation(), m.title()));
        s.until().ifPresent(u -> out.add(new MeasureDate(u, "resumed", m.citation(), m.title())));
      }
    }
    out.sort(Comparator.comparing(MeasureDate::date));
    return out;
  }

  private Map<String, Object> lanes() {
    Map<String, long[]> perMonth = new TreeMap<>();
    jdbc.sql("SELECT declared_at, lane, COUNT(*) FROM assessment GROUP BY declared_at, lane")
        .query(
            rs -> {
              String m = YearMonth.from(rs.getObject(1, LocalDate.class)).toString();
              perMonth
                      .computeIfAbsent(m, k -> new long[4])[
                      RiskQueries.laneIndex(rs.getString(2))] +=
                  rs.getLong(3);
            });
    List<String> months = new ArrayList<>(perMonth.keySet());
    Map<String, Object> option = Charts.base(months, "declarations");
    option.put("color", List.of("#b42318", "#d4a72c", "#2e8b57", "#4c7fb0"));
    String[] names = {"RED", "YELLOW", "GREEN", "BLUE"};
    for (int lane = 0; lane < 4; lane++) {
      List<Long> values = new ArrayList<>();
      for (String m : months) {
        values.add(perMonth.get(m)[lane]);
      }
      Charts.series(option, names[lane], "bar", "lanes", values);
    }
    return option;
  }

  private Map<String, Object> findings() {
    Map<String, Map<String, Long>> perCode = new TreeMap<>();
    TreeSet<String> monthSet = new TreeSet<>();
    jdbc.sql(
            "SELECT declared_at, finding_codes, COUNT(*) FROM assessment WHERE"
                + " TRIM(finding_codes) <> '' GROUP BY declared_at, finding_codes")
        .query(
            rs -> {
              String m = YearMonth.from(rs.getObject(1, LocalDate.class)).toString();
              monthSet.add(m);
              for (String code : RiskQueries.codes(rs.getString(2))) {
                perCode
                    .computeIfAbsent(code, k -> new TreeMap<>())
                    .merge(m, rs.getLong(3), Long::sum);
              }
            });
    List<String> months = new ArrayList<>(monthSet);
    Map<String, Object> option = Charts.base(months, "declarations");
    for (var e : perCode.entrySet()) {
      List<Long> values = new ArrayList<>();
      for (String m : months) {
        values.add(e.getValue().getOrDefault(m, 0L));
      }
      Charts.series(option, e.getKey(), "line", null, values);
    }
    return option;
  }

  /**
   * Per finding code: declarations it fired on, and of those inspected, how many were violations.
   */
  private List<HitRate> hitRates() {
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.sql(
            "SELECT finding_codes, COUNT(*) FROM assessment WHERE"
                + " TRIM(finding_codes) <> '' GROUP BY finding_codes")
        .query(
            rs -> {
              for (String code : RiskQueries.codes(rs.getString(1))) {
                counts.computeIfAbsent(code, k -> new long[3])[0] += rs.getLong(2);
              }
            });
    jdbc.sql(
            "SELECT a.finding_codes, c.outcome FROM case_file c JOIN assessment a ON"
                + " a.declaration_id = c.declaration_id WHERE c.outcome IS NOT NULL")
        .query(
            rs -> {
              boolean violation = !"CLEAN".equals(rs.getString(2));
              for (String code : RiskQueries.codes(rs.getString(1))) {
                long[] c = counts.computeIfAbsent(code, k -> new long[3]);
                c[1]++;
                if (violation) {
                  c[2]++;
                }
              }
            });
    List<HitRate> out = new ArrayList<>();
    counts.forEach((code, c) -> out.add(new HitRate(code, c[0], c[1], c[2])));
    out.sort(Comparator.comparingLong(HitRate::fired).reversed());
    return out;
  }

  /** Hit rate per finding code per quarter, over the inspections with an outcome. */
  private Map<String, Object> hitRateChart() {
    Map<String, Map<String, long[]>> perCode = new TreeMap<>();
    TreeSet<String> quarters = new TreeSet<>();
    jdbc.sql(
            "SELECT a.declared_at, a.finding_codes, c.outcome FROM case_file c JOIN assessment a ON"
                + " a.declaration_id = c.declaration_id WHERE c.outcome IS NOT NULL")
        .query(
            rs -> {
              LocalDate d = rs.getObject(1, LocalDate.class);
              String q = d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
              quarters.add(q);
              boolean violation = !"CLEAN".equals(rs.getString(3));
              for (String code : RiskQueries.codes(rs.getString(2))) {
                long[] c =
                    perCode
                        .computeIfAbsent(code, k -> new TreeMap<>())
                        .computeIfAbsent(q, k -> new long[2]);
                c[0]++;
                if (violation) {
                  c[1]++;
                }
              }
            });
    List<String> axis = new ArrayList<>(quarters);
    Map<String, Object> option = Charts.base(axis, "hit rate %");
    for (var e : perCode.entrySet()) {
      List<Double> values = new ArrayList<>();
      for (String q : axis) {
        long[] c = e.getValue().get(q);
        values.add(c == null || c[0] == 0 ? null : Math.round(1000.0 * c[1] / c[0]) / 10.0);
      }
      Charts.series(option, e.getKey(), "line", null, values);
    }
    return option;
  }

  /** Most assessments read for the per-rule figures: bounded work per page view. */
  static final int RULE_ROWS = 50_000;

  /** Per analyst rule: firings per month, and hit rates per quarter and over all time. */
  record RuleHits(String firingsChart, String hitChart, List<HitRate> rates) {}

  /**
   * The analyst rules' findings, read from the stored assessments (each finding of a rule carries
   * the rule's id in evidence.rule), with the outcome of the case each led to where there is one.
   * Only assessments that hold a rule's finding are read and parsed.
   */
  private RuleHits ruleHits() {
    Map<String, Map<String, Long>> firings = new TreeMap<>();
    Map<String, Map<String, long[]>> perQuarter = new TreeMap<>();
    Map<String, long[]> total = new TreeMap<>();
    TreeSet<String> months = new TreeSet<>();
    TreeSet<String> quarters = new TreeSet<>();
    jdbc.sql(
            "SELECT a.declared_at, a.result, c.outcome FROM assessment a LEFT JOIN case_file c ON"
                + " c.declaration_id = a.declaration_id WHERE a.result LIKE ? ORDER BY"
                + " a.declared_at DESC FETCH FIRST "
                + RULE_ROWS
                + " ROWS ONLY")
        .param("%\"rule\"%")
        .query(
            rs -> {
              LocalDate d = rs.getObject(1, LocalDate.class);
              String month = YearMonth.from(d).toString();
              String quarter = d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
              String outcome = rs.getString(3);
              TreeSet<String> ids = new TreeSet<>();
              for (com.fasterxml.jackson.databind.JsonNode f :
                  Json.read(rs.getString(2)).path("findings")) {
                String id = f.path("evidence").path("rule").asText("");
                if (!id.isEmpty()) {
                  ids.add(id);
                }
              }
              for (String id : ids) {
                months.add(month);
                firings.computeIfAbsent(id, k -> new TreeMap<>()).merge(month, 1L, Long::sum);
                long[] t = total.computeIfAbsent(id, k -> new long[3]);
                t[0]++;
                if (outcome != null) {
                  quarters.add(quarter);
                  long[] q =
                      perQuarter
                          .computeIfAbsent(id, k -> new TreeMap<>())
                          .computeIfAbsent(quarter, k -> new long[2]);
                  q[0]++;
                  t[1]++;
                  if (!"CLEAN".equals(outcome)) {
                    q[1]++;
                    t[2]++;
                  }
                }
              }
            });
    List<String> monthAxis = new ArrayList<>(months);
    Map<String, Object> fired = Charts.base(monthAxis, "declarations");
    firings.forEach(
        (id, perMonth) ->
            Charts.series(
                fired,
                id,
                "bar",
                "rules",
                monthAxis.stream().map(m -> perMonth.getOrDefault(m, 0L)).toList()));
    List<String> quarterAxis = new ArrayList<>(quarters);
    Map<String, Object> hits = Charts.base(quarterAxis, "hit rate %");
    perQuarter.forEach(
        (id, perQ) -> {
          List<Double> values = new ArrayList<>();
          for (String q : quarterAxis) {
            long[] c = perQ.get(q);
            values.add(c == null || c[0] == 0 ? null : Math.round(1000.0 * c[1] / c[0]) / 10.0);
          }
          // Symbols shown: a rule's outcomes are few, often one quarter's, which a bare line hides.
          Charts.series(hits, id, "line", null, values).put("showSymbol", true);
        });
    List<HitRate> rates = new ArrayList<>();
    total.forEach((id, t) -> rates.add(new HitRate(id, t[0], t[1], t[2])));
    rates.sort(Comparator.comparingLong(HitRate::fired).reversed());
    return new RuleHits(
        firings.isEmpty() ? null : Json.block(fired),
        perQuarter.isEmpty() ? null : Json.block(hits),
        rates);
  }
}
