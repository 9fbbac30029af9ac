package dev.assay.server.web;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.evaluation.Backtest;
import dev.assay.evaluation.BacktestReport;
import dev.assay.risk.Detector;
import dev.assay.risk.Lane;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleDetector;
import dev.assay.rules.RuleFileException;
import dev.assay.rules.RuleProblem;
import dev.assay.screening.RestrictedPartyDetector;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.rules.AnalystRules;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.ScreeningEngine;
import dev.assay.store.Database;
import dev.assay.store.JdbcLicenseRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Backtest of a draft analyst rule from the page: the stored declarations of a period are replayed
 * through the shipped engine (A) and through the same engine with the draft rule added (B), as
 * {@code assay backtest --b-rules} does, and the comparison is shown. Rules are CEL, checked and
 * sandboxed by the core; the work is bounded (one backtest at a time, at most {@link #MAX}
 * declarations).
 */
@Controller
public class BacktestPages {
  public static final int MAX = 20_000;
  static final int LISTED = 25;

  /** The form's first content: a rule to edit, that changes something on most data. */
  static final String EXAMPLE =
      """
      rules:
        - id: large-controlled-consignment
          description: a controlled mineral shipped in a consignment worth more than USD 50,000
          expression: >-
            declaration.controlled_lines > 0
            && declaration.controlled_value_usd > 50000.0
          finding: PROFILE_ANOMALY
          severity: HIGH
          basis: "draft analyst rule"
      """;

  private final AnalystData data;
  private final ScreeningEngine engine;
  private final Database database;
  private final AuditLog audit;
  private final AnalystRules rules;
  private final ReentrantLock running = new ReentrantLock();

  public BacktestPages(
      AnalystData data,
      ScreeningEngine engine,
      Database database,
      AuditLog audit,
      AnalystRules rules) {
    this.data = data;
    this.engine = engine;
    this.database = database;
    this.audit = audit;
    this.rules = rules;
  }

  /** The form's values and, once run, the comparison. */
  public record Form(
      String rules,
      LocalDate from,
      LocalDate to,
      List<String> problems,
      String error,
      Optional<Result> result) {}

  /** A backtest's comparison, ready for the page. */
  public record Result(
      BacktestReport report, List<String> offices, String chart, int rules, boolean capped) {

    public long a(Lane lane) {
      return report.a().inLane(lane);
    }

    public long b(Lane lane) {
      return report.b().inLane(lane);
    }

    public long red(BacktestReport.Load load, String office) {
      return load.offices().getOrDefault(office, Map.of()).getOrDefault(Lane.RED, 0L);
    }
  }

  /**
   * The form, with a stored rule version (a draft from the rules page, {@code ?rule=}) in place of
   * the example.
   */
  @GetMapping("/analyst/backtest")
  String form(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "rule", required = false) Long version,
      Model model) {
    LocalDate[] range = range();
    String text =
        version == null
            ? EXAMPLE
            : rules.find(version).map(AnalystRules.StoredRule::yaml).orElse(EXAMPLE);
    model.addAttribute("shell", new Shell(user, csrf, "Backtest", "/analyst/backtest"));
    model.addAttribute(
        "form", new Form(text, range[0], range[1], List.of(), null, Optional.empty()));
    return "analyst/backtest";
  }

  /** The last three months of stored declarations: a sensible first period. */
  private LocalDate[] range() {
    Optional<LocalDate> last =
        Optional.ofNullable(
            data.jdbc()
                .sql("SELECT MAX(declared_at) FROM assessment")
                .query(LocalDate.class)
                .single());
    LocalDate to = last.orElse(LocalDate.now());
    return new LocalDate[] {to.minusMonths(3).plusDays(1), to};
  }

  @PostMapping("/analyst/backtest")
  String run(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam("rules") String rules,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Backtest", "/analyst/backtest"));
    RuleBook book;
    try {
      book = RuleBook.read("draft", rules);
    } catch (RuleFileException e) {
      model.addAttribute(
          "form", new Form(rules, from, to, List.of(), e.getMessage(), Optional.empty()));
      return "analyst/backtest";
    }
    List<String> problems = book.problems().stream().map(RuleProblem::describe).toList();
    if (book.size() == 0) {
      model.addAttribute(
          "form",
          new Form(rules, from, to, problems, "No rule could be loaded.", Optional.empty()));
      return "analyst/backtest";
    }
    if (to.isBefore(from)) {
      model.addAttribute(
          "form",
          new Form(
              rules, from, to, problems, "The period ends before it starts.", Optional.empty()));
      return "analyst/backtest";
    }
    if (!running.tryLock()) {
      model.addAttribute(
          "form",
          new Form(
              rules,
              from,
              to,
              problems,
              "Another backtest is running; try again in a moment.",
              Optional.empty()));
      return "analyst/backtest";
    }
    try {
      Result result = replay(book, from, to);
      audit.record(
          user.getUsername(),
          "BACKTEST_RUN",
          "rules:draft",
          Map.of(
              "from", from.toString(),
              "to", to.toString(),
              "declarations", result.report().declarations(),
              "rules", book.size()));
      model.addAttribute("form", new Form(rules, from, to, problems, null, Optional.of(result)));
    } finally {
      running.unlock();
    }
    return "analyst/backtest";
  }

  private Screener screener(Optional<RuleBook> rules) {
    ControlList controlList = engine.controlList();
    List<Detector> detectors =
        new ArrayList<>(
            Screener.standardDetectors(() -> controlList, Optional.of(engine.partyScreening())));
    detectors.add(new RestrictedPartyDetector(engine.partyScreening()));
    // A replay reads the licenses but draws nothing down.
    detectors.add(new LicenseViolationDetector(new JdbcLicenseRepository(database), false));
    rules.ifPresent(book -> detectors.add(new RuleDetector(() -> book, failure -> {})));
    return new Screener(
        () -> controlList,
        detectors,
        Scoring.bundled(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(new CapacityLanes(SelectionSettings.bundled())));
  }

  Result replay(RuleBook book, LocalDate from, LocalDate to) {
    Screener a = screener(Optional.empty());
    Screener b = screener(Optional.of(book));
    Map<String, String> outcomes = data.outcomes();
    Backtest backtest = new Backtest(LISTED);
    long[] seen = {0};
    data.forEachDeclaration(
        "SELECT declaration FROM assessment WHERE declared_at BETWEEN ? AND ?"
            + " ORDER BY declared_at, declaration_id FETCH FIRST "
            + (MAX + 1)
            + " ROWS ONLY",
        List.of(from, to),
        d -> {
          if (++seen[0] > MAX) {
            return;
          }
          Optional<Label> label =
              Optional.ofNullable(outcomes.get(d.id()))
                  .map(
                      o ->
                          new Label(
                              "CLEAN".equals(o) ? Outcome.CLEAN : Outcome.VIOLATION,
                              Optional.empty()));
          backtest.add(d, a.screen(d), b.screen(d), label);
        });
    BacktestReport report = backtest.report();
    TreeSet<String> offices = new TreeSet<>(report.a().offices().keySet());
    offices.addAll(report.b().offices().keySet());
    List<String> lanes = List.of("RED", "YELLOW", "GREEN", "BLUE");
    Map<String, Object> chart = Charts.base(lanes, "declarations");
    List<Long> va = new ArrayList<>();
    List<Long> vb = new ArrayList<>();
    for (Lane lane : Lane.values()) {
      va.add(report.a().inLane(lane));
      vb.add(report.b().inLane(lane));
    }
    Charts.series(chart, "A: as screened", "bar", null, va);
    Charts.series(chart, "B: with the draft rule", "bar", null, vb);
    chart.put("color", List.of("#7a8796", "#1f5f8b"));
    return new Result(report, List.copyOf(offices), Json.block(chart), book.size(), seen[0] > MAX);
  }
}
