package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestSummary;
import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.stats.DestinationShift;
import dev.assay.intelligence.stats.EventResult;
import dev.assay.intelligence.stats.EventStudy;
import dev.assay.intelligence.stats.Granularity;
import dev.assay.intelligence.stats.HubTest;
import dev.assay.intelligence.stats.Period;
import dev.assay.intelligence.stats.TradeCube;
import dev.assay.intelligence.stats.TradeRow;
import dev.assay.intelligence.stats.TradeStatistics;
import dev.assay.simulator.statistics.PublicFigure;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay stats}: export statistics by mineral, destination and period; diversion. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Export statistics from declarations: kilograms and dollars by mineral (through the control"
          + " list's items), destination and period, year on year and as shares; the event study"
          + " around each measure's effective date with emerging hubs; or the published shifts of"
          + " the fact base computed on the file. See docs/intelligence.md."
    })
final class StatsCommand implements Callable<Integer> {
  enum View {
    table,
    events,
    hubs,
    published
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Declarations (CSV, NDJSON or JSON; '-' for stdin).")
  String file;

  @Option(
      names = "--view",
      defaultValue = "table",
      description = "table, events, hubs or published (default: ${DEFAULT-VALUE}).")
  View view;

  @Option(
      names = "--by",
      defaultValue = "QUARTER",
      description = "Period of the table: MONTH, QUARTER or YEAR (default: ${DEFAULT-VALUE}).")
  Granularity granularity;

  @Option(names = "--mineral", paramLabel = "NAME", description = "One mineral only.")
  String mineral;

  @Option(names = "--by-destination", description = "Table: a row per destination too.")
  boolean byDestination;

  @Option(
      names = "--scope",
      defaultValue = "FAMILY",
      description =
          "FAMILY (default): every grade in a listed item's tariff line, as customs statistics"
              + " count; CONTROLLED: listed reference codes only.")
  MineralClassifier.Scope scope;

  @Option(
      names = "--window",
      defaultValue = "6",
      description = "Months before and after each effective date (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--min-rise",
      defaultValue = "10",
      description = "Hub test: rise of share in points (default: ${DEFAULT-VALUE}).")
  double minRise;

  @Option(
      names = "--min-z",
      defaultValue = "3.09",
      description = "Hub test: one-sided z on goods lines (default: ${DEFAULT-VALUE}).")
  double minZ;

  @Option(names = "--format", description = "CSV, NDJSON or JSON instead of detection.")
  Format format;

  @Mixin TabularOutput output;
  @Mixin ControlListOptions controlListOptions;

  @Override
  public Integer call() {
    output.check();
    ControlList list = controlListOptions.load();
    TradeCube cube = new TradeCube(new MineralClassifier(list, scope));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary ingest =
        DeclarationInput.read(file, format, new RejectionsShown(cube::accepted, cube, err));
    TradeStatistics stats = new TradeStatistics(cube);
    err.printf(
        Locale.ROOT,
        "Read %,d declarations (%,d rejected): %,d mineral lines, %,d other lines; control list %s%n",
        cube.declarations(),
        ingest.declarationsRejected(),
        cube.mineralLines(),
        cube.otherLines(),
        list.version());
    err.flush();
    HubTest test =
        new HubTest(minRise, HubTest.DEFAULT.minRatio(), minZ, HubTest.DEFAULT.minLinesAfter());
    switch (view) {
      case table -> table(out, stats);
      case events -> events(out, new EventStudy(cube, window, test).run(list), false, test);
      case hubs -> events(out, new EventStudy(cube, window, test).run(list), true, test);
      case published -> published(out, stats);
    }
    out.flush();
    return ingest.declarationsRejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private void table(PrintWriter out, TradeStatistics stats) {
    List<TradeRow> rows = stats.table(granularity, mineral, byDestination);
    output.write(
        out,
        rows,
        List.of("mineral", "destination", "period", "kg", "usd", "lines", "share", "yoy_kg"),
        r ->
            new Object[] {
              r.mineral(),
              r.destination(),
              r.period(),
              output.cell(r.kg(), TabularOutput::number),
              output.cell(r.usd(), TabularOutput::number),
              r.lines(),
              output.cell(r.share(), TabularOutput::share),
              output.cell(r.yoyChange(), TabularOutput::percent)
            });
  }

  private void events(PrintWriter out, List<EventResult> results, boolean hubsOnly, HubTest test) {
    List<EventResult> shown =
        results.stream().filter(r -> mineral == null || mineral.equals(r.mineral())).toList();
    if (output.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("window_months", window);
      json.put("hub_test", test.describe());
      json.put(
          "events", hubsOnly ? shown.stream().filter(r -> !r.hubs().isEmpty()).toList() : shown);
      TabularOutput.writeJson(out, json);
      return;
    }
    TabularOutput.Table table =
        new TabularOutput.Table(
            List.of(
                "measure",
                "effective",
                "mineral",
                "before",
                "after",
                "change",
                "destination",
                "share_before",
                "share_after",
                "lines_before",
                "lines_after",
                "z",
                "hub"));
    for (EventResult r : shown) {
      List<DestinationShift> destinations = hubsOnly ? r.hubs() : top(r.destinations());
      if (hubsOnly && destinations.isEmpty()) {
        continue;
      }
      table.add(
          r.citation(),
          r.effective(),
          r.mineral(),
          r.before().label(),
          r.after().label(),
          output.cell(r.change(), TabularOutput::percent),
          "*",
          "",
          "",
          "",
          "",
          "",
          "");
      for (DestinationShift s : destinations) {
        table.add(
            r.citation(),
            r.effective(),
            r.mineral(),
            r.before().label(),
            r.after().label(),
            "",
            s.destination(),
            output.cell(s.shareBefore(), TabularOutput::share),
            output.cell(s.shareAfter(), TabularOutput::share),
            s.linesBefore(),
            s.linesAfter(),
            String.format(Locale.ROOT, "%.2f", s.z()),
            s.hub() ? "HUB" : "");
      }
    }
    output.print(out, table);
    if (output.readable()) {
      out.println("Hub test: " + test.describe() + "; window " + window + " months each side.");
    }
  }

  /** The destinations worth a line in the table: the five largest after, and every hub. */
  private static List<DestinationShift> top(List<DestinationShift> all) {
    List<DestinationShift> top = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (i < 5 || all.get(i).hub()) {
        top.add(all.get(i));
      }
    }
    return top;
  }

  /** The public figures of the fact base (as the simulator ships them) computed on this file. */
  private void published(PrintWriter out, TradeStatistics stats) {
    List<Map<String, Object>> json = new ArrayList<>();
    TabularOutput.Table table =
        new TabularOutput.Table(List.of("statistic", "public", "computed", "source", "note"));
    YearMonth first = stats.cube().firstMonth().orElse(null);
    YearMonth last = stats.cube().lastMonth().orElse(null);
    for (PublicFigure f : PublicFigure.bundled()) {
      String note = "";
      Double computed = null;
      if (!stats.cube().minerals().contains(f.family())) {
        note = "no mineral '" + f.family() + "' in the control list's items";
      } else if (first == null || !f.coveredBy(first, last)) {
        note = "outside the file's months";
      } else {
        Period b = Period.of(f.periodB()[0], f.periodB()[1]);
        computed =
            f.kind() == PublicFigure.Kind.CHANGE
                ? stats.change(f.family(), Period.of(f.periodA()[0], f.periodA()[1]), b)
                : stats.share(f.family(), Set.copyOf(f.countries()), b);
      }
      String publicValue =
          f.publicValue().isPresent()
              ? String.format(Locale.ROOT, "%+.1f%%", f.publicValue().getAsDouble())
              : "(no figure)";
      String computedText =
          computed == null
              ? ""
              : f.kind() == PublicFigure.Kind.CHANGE
                  ? TabularOutput.percent(computed)
                  : TabularOutput.share(computed) + " of kg";
      if (f.kind() == PublicFigure.Kind.SHARE && f.publicValue().isPresent()) {
        publicValue = String.format(Locale.ROOT, "%.1f%% of kg", f.publicValue().getAsDouble());
      }
      table.add(f.statistic(), publicValue, computedText, f.source(), note);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("statistic", f.statistic());
      entry.put("mineral", f.family());
      entry.put("kind", f.kind().name());
      entry.put(
          "public_percent", f.publicValue().isPresent() ? f.publicValue().getAsDouble() : null);
      entry.put("computed_percent", computed == null ? null : computed * 100);
      entry.put("source", f.source());
      entry.put("confidence", f.confidence());
      entry.put("note", note.isEmpty() ? null : note);
      json.add(entry);
    }
    if (output.json) {
      TabularOutput.writeJson(out, json);
    } else {
      output.print(out, table);
    }
  }
}
