package dev.assay.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.declaration.Label;
import dev.assay.evaluation.Backtest;
import dev.assay.evaluation.BacktestReport;
import dev.assay.ingest.IngestSummary;
import dev.assay.risk.Lane;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UseDefaultConverter;

/** {@code assay backtest}: what a change of configuration would change on past declarations. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replays declarations under two configurations and reports what changes: declarations B"
          + " sends to physical inspection (RED) that A does not and the reverse, lane loads per"
          + " lane and per customs office, and the expected yield (violations found where labels"
          + " exist, the sum of RED scores otherwise).",
      "A is configured by the screening options of `assay screen`; B is A with the --b-* options"
          + " applied: another as-of date, control-list directory, scoring file, selection file,"
          + " red share or random rates."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:replayed",
      "1:internal error",
      "2:usage error",
      "3:invalid input: the file cannot be read as declarations",
      "4:some records were rejected; the others were replayed"
    })
final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReplayInput input;

  @Option(
      names = "--list",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many changed declarations to list each way (default: ${DEFAULT-VALUE}).")
  int listed;

  @Mixin ScreeningOptions screening;

  @Mixin ModelOptions model;

  @Option(
      names = "--b-as-of",
      paramLabel = "DATE",
      description = "B: read the control list as of DATE.")
  LocalDate bAsOf;

  @Option(
      names = "--b-control-list",
      paramLabel = "DIR",
      description = "B: also read the measure files of DIR.")
  Path bControlList;

  @Option(
      names = "--b-model",
      paramLabel = "FILE",
      description = "B: blend this trained ranking model into the score (docs/ml.md).")
  Path bModel;

  @Option(
      names = "--b-rules",
      paramLabel = "FILE",
      description = "B: these analyst rules (docs/rules.md) instead of A's --rules.")
  Path bRules;

  @Option(names = "--b-scoring", paramLabel = "FILE", description = "B: this scoring file.")
  Path bScoring;

  @Option(names = "--b-selection", paramLabel = "FILE", description = "B: this selection file.")
  Path bSelection;

  @Option(
      names = "--b-red-share",
      paramLabel = "SHARE",
      converter = Ranges.Share.class,
      description = "B: this red share.")
  Double bRedShare;

  @Option(
      names = "--b-random-rate",
      paramLabel = "LANE=RATE",
      split = ",",
      converter = {UseDefaultConverter.class, Ranges.Share.class},
      description = "B: these random rates.")
  Map<Lane, Double> bRandomRates;

  @Override
  public Integer call() {
    if (listed < 0) {
      throw new UserInputException("--list must be 0 or more, got " + listed);
    }
    ScreeningOptions.Configuration a = screening.configuration().withModel(model.file);
    ScreeningOptions.Configuration change =
        new ScreeningOptions.Configuration(
            Optional.ofNullable(bAsOf),
            Optional.ofNullable(bControlList),
            Optional.ofNullable(bScoring),
            Optional.ofNullable(bSelection),
            Optional.ofNullable(bRedShare),
            bRandomRates == null ? Map.of() : Map.copyOf(bRandomRates),
            Optional.empty(),
            Optional.ofNullable(bRules),
            Optional.ofNullable(bModel));
    PrintWriter err = spec.commandLine().getErr();
    if (change.isEmpty()) {
      err.println("backtest: no --b-* option given; B is the same as A");
    }
    Optional<Map<String, Label>> labels = input.labels();
    ScreeningOptions.Setup setupA = screening.setup(a, spec, true);
    ScreeningOptions.Setup setupB = screening.setup(a.overriddenBy(change), spec, true);
    Backtest backtest = new Backtest(listed);
    IngestSummary ingest =
        input.replay(
            labels,
            err,
            (declaration, label) ->
                backtest.add(
                    declaration,
                    setupA.screener().screen(declaration),
                    setupB.screener().screen(declaration),
                    label));
    BacktestReport report = backtest.report();
    print(spec.commandLine().getOut(), report, setupA, setupB);
    input.writeJson(toJson(report));
    return ingest.declarationsRejected() > 0 || ingest.errors() > 0
        ? ExitCodes.PARTIAL
        : ExitCodes.OK;
  }

  private static String describe(ScreeningOptions.Setup s) {
    ScreeningOptions.Configuration c = s.configuration();
    StringBuilder b = new StringBuilder("control list " + s.controlList().version());
    b.append(c.asOf().map(d -> ", as of " + d).orElse(", as of each declaration's date"));
    c.rules().ifPresent(f -> b.append(", rules ").append(f));
    c.model().ifPresent(f -> b.append(", model ").append(f));
    c.scoring().ifPresent(f -> b.append(", scoring ").append(f));
    c.selection().ifPresent(f -> b.append(", selection ").append(f));
    c.redShare().ifPresent(x -> b.append(", red share ").append(x));
    if (!c.randomRates().isEmpty()) {
      b.append(", random rates ").append(c.randomRates());
    }
    return b.toString();
  }

  static void print(
      PrintWriter out, BacktestReport r, ScreeningOptions.Setup a, ScreeningOptions.Setup b) {
    out.printf(
        Locale.ROOT, "Replayed %,d declarations (%,d labelled)%n", r.declarations(), r.labelled());
    out.println("A: " + describe(a));
    out.println("B: " + describe(b));
    out.println();
    out.printf(Locale.ROOT, "%-28s %12s %12s %12s%n", "", "A", "B", "B - A");
    for (Lane lane : Lane.values()) {
      long la = r.a().inLane(lane);
      long lb = r.b().inLane(lane);
      out.printf(Locale.ROOT, "%-28s %,12d %,12d %+,12d%n", "lane " + lane, la, lb, lb - la);
    }
    out.printf(
        Locale.ROOT,
        "%-28s %,12d %,12d %+,12d%n",
        "with findings",
        r.a().flagged(),
        r.b().flagged(),
        r.b().flagged() - r.a().flagged());
    if (r.a().violationsFound().isPresent()) {
      long fa = r.a().violationsFound().getAsLong();
      long fb = r.b().violationsFound().getAsLong();
      out.printf(
          Locale.ROOT, "%-28s %,12d %,12d %+,12d%n", "violations found (RED)", fa, fb, fb - fa);
    }
    out.printf(
        Locale.ROOT,
        "%-28s %12.1f %12.1f %+12.1f%n",
        "sum of RED scores",
        r.a().redScoreSum(),
        r.b().redScoreSum(),
        r.b().redScoreSum() - r.a().redScoreSum());
    out.println();
    out.println("RED per customs office (A -> B):");
    TreeSet<String> offices = new TreeSet<>(r.a().offices().keySet());
    offices.addAll(r.b().offices().keySet());
    for (String office : offices) {
      long ra = r.a().offices().getOrDefault(office, Map.of()).getOrDefault(Lane.RED, 0L);
      long rb = r.b().offices().getOrDefault(office, Map.of()).getOrDefault(Lane.RED, 0L);
      if (ra != 0 || rb != 0) {
        out.printf(Locale.ROOT, "  %-10s %,8d -> %,8d%n", office, ra, rb);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "Newly RED under B: %,d%n", r.newlyRed());
    list(out, r.newlyRedListed());
    out.printf(Locale.ROOT, "No longer RED under B: %,d%n", r.cleared());
    list(out, r.clearedListed());
    out.flush();
  }

  private static void list(PrintWriter out, List<Backtest.Change> changes) {
    for (Backtest.Change c : changes) {
      out.printf(
          Locale.ROOT,
          "  %-24s office %-6s %s %.3f -> %s %.3f%s%n",
          c.declarationId(),
          c.office(),
          c.laneA(),
          c.scoreA(),
          c.laneB(),
          c.scoreB(),
          c.violation().map(v -> v ? "  VIOLATION" : "  clean").orElse(""));
    }
  }

  static ObjectNode toJson(BacktestReport r) {
    ObjectNode root = ReportJson.MAPPER.createObjectNode();
    root.put("declarations", r.declarations());
    root.put("labelled", r.labelled());
    root.put("newly_red", r.newlyRed());
    root.put("cleared", r.cleared());
    changes(root.putArray("newly_red_listed"), r.newlyRedListed());
    changes(root.putArray("cleared_listed"), r.clearedListed());
    load(root.putObject("a"), r.a());
    load(root.putObject("b"), r.b());
    return root;
  }

  private static void changes(ArrayNode array, List<Backtest.Change> changes) {
    for (Backtest.Change c : changes) {
      ObjectNode n = array.addObject();
      n.put("declaration_id", c.declarationId());
      n.put("office", c.office());
      n.put("score_a", c.scoreA());
      n.put("lane_a", c.laneA().name());
      n.put("score_b", c.scoreB());
      n.put("lane_b", c.laneB().name());
      c.violation().ifPresent(v -> n.put("violation", v));
    }
  }

  private static void load(ObjectNode n, BacktestReport.Load load) {
    ObjectNode lanes = n.putObject("lanes");
    for (Lane lane : Lane.values()) {
      lanes.put(lane.name(), load.inLane(lane));
    }
    ObjectNode offices = n.putObject("offices");
    load.offices()
        .forEach(
            (office, byLane) -> {
              ObjectNode o = offices.putObject(office);
              byLane.forEach((lane, count) -> o.put(lane.name(), count));
            });
    n.put("flagged", load.flagged());
    load.violationsFound().ifPresent(v -> n.put("violations_found", v));
    n.put("red_score_sum", load.redScoreSum());
  }
}
