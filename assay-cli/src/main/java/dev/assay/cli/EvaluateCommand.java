package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.declaration.Label;
import dev.assay.evaluation.EvaluationReport;
import dev.assay.evaluation.RankingEvaluation;
import dev.assay.ingest.IngestSummary;
import dev.assay.risk.Screener;
import dev.assay.risk.evidence.EvidenceWeights;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay evaluate}: how well screening ranks labelled declarations. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Screens labelled declarations and reports what inspecting the highest scores would find:"
          + " at inspection rates of 1, 2, 5 and 10%%, precision, recall and share of seized value,"
          + " overall and per typology; per finding code, how often it fires and how often it is"
          + " right; and the share of clean declarations sent RED by score.",
      "Labels come from the file's outcome and typology columns, or from --truth FILE (as written"
          + " by `assay generate --truth`), which wins. Takes the screening options of `assay"
          + " screen`."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:evaluated",
      "1:internal error",
      "2:usage error",
      "3:invalid input: unreadable declarations, or no labelled declaration at all",
      "4:some records were rejected; the others were evaluated"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReplayInput input;

  @Mixin ScreeningOptions screening;

  @Mixin ModelOptions model;

  @Option(
      names = "--outcome-delay",
      paramLabel = "DAYS",
      description =
          "Labels (or, with --loop, inspection results) reach the screener only this many days"
              + " after the declaration date, as inspection results do in life; default"
              + " ${DEFAULT-VALUE}.")
  int outcomeDelay = 0;

  @Option(
      names = "--loop",
      description =
          "The deployment test: period 1 screened cold, outcomes learned only for what was"
              + " inspected (RED, random picks) and only once known (--outcome-delay), period 2"
              + " screened by the same production path with the weights learned; both judged on"
              + " the true labels, per typology, with the worst typology (docs/evidence.md).")
  boolean loop;

  @Option(
      names = "--split",
      paramLabel = "DATE",
      description =
          "With --loop: the first day of period 2 (default: the median declaration date).")
  LocalDate split;

  @Option(
      names = "--no-loop-model",
      description =
          "With --loop: rank period 2 by the learned weights alone, without training a model on"
              + " period 1's inspection outcomes at the split.")
  boolean noLoopModel;

  @Option(
      names = "--loop-model-always",
      description =
          "With --loop, a diagnostic: the model ranks period 2 whatever its gate says, to measure"
              + " on true labels what the gate's choice gained or cost.")
  boolean loopModelAlways;

  @Option(
      names = "--weights-out",
      paramLabel = "FILE",
      description =
          "With --loop: write the weights learned in period 1 here (for assay screen --weights)"
              + " and, at the end, those learned through period 2 next to it (FILE.final).")
  Path weightsOut;

  @Option(
      names = "--scores-out",
      paramLabel = "FILE",
      description =
          "With --loop: write one CSV row per labelled declaration (period, score, lane and its"
              + " reason, outcome, typology, evidence keys of its soft findings) to see which"
              + " declarations learning moved into or out of the top.")
  Path scoresOut;

  @Override
  public Integer call() throws IOException {
    if (outcomeDelay < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--outcome-delay must be 0 or more, got " + outcomeDelay);
    }
    if (!loop
        && (weightsOut != null
            || scoresOut != null
            || split != null
            || noLoopModel
            || loopModelAlways)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--weights-out, --scores-out, --split, --no-loop-model and --loop-model-always need"
              + " --loop");
    }
    if (noLoopModel && loopModelAlways) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--no-loop-model and --loop-model-always exclude each other");
    }
    Optional<Map<String, Label>> labels = input.labels();
    ScreeningOptions.Setup setup =
        screening.setup(screening.configuration().withModel(model.file), spec, true);
    if (loop) {
      return loop(labels, setup);
    }
    Screener screener = setup.screener().withOutcomeDelay(outcomeDelay);
    RankingEvaluation evaluation = new RankingEvaluation();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary ingest =
        input.replay(
            labels,
            err,
            (declaration, label) ->
                evaluation.add(declaration, screener.screen(declaration), label));
    EvaluationReport report = evaluation.report();
    if (report.declarations() == 0) {
      throw new UserInputException(
          "no labelled declaration in "
              + input.file
              + (input.truth == null
                  ? " (no outcome column; give --truth FILE)"
                  : " matches the truth file " + input.truth));
    }
    PrintWriter out = spec.commandLine().getOut();
    print(out, report);
    input.writeJson(toJson(report));
    return ingest.declarationsRejected() > 0 || ingest.errors() > 0
        ? ExitCodes.PARTIAL
        : ExitCodes.OK;
  }

  private Integer loop(Optional<Map<String, Label>> labels, ScreeningOptions.Setup setup)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate periodTwo = split;
    if (periodTwo == null) {
      java.util.List<Long> days = new java.util.ArrayList<>();
      input.replay(labels, err, (d, l) -> days.add(d.declaredAt().toEpochDay()));
      if (days.isEmpty()) {
        throw new UserInputException("no declaration in " + input.file);
      }
      java.util.Collections.sort(days);
      periodTwo = LocalDate.ofEpochDay(days.get(days.size() / 2));
    }
    Screener screener = setup.screener();
    EvidenceWeights weights =
        screener.evidenceWeights().orElseGet(() -> EvidenceWeights.prior(screener.scoring()));
    Screener learning = screener.withEvidenceWeights(weights).withOutcomeDelay(outcomeDelay);
    LoopEvaluation evaluation =
        new LoopEvaluation(
            learning,
            periodTwo,
            outcomeDelay,
            !noLoopModel,
            () -> {
              if (weightsOut != null) {
                weights.save(weightsOut);
              }
            });
    if (scoresOut != null) {
      evaluation.writeScoresTo(scoresOut);
    }
    if (loopModelAlways) {
      evaluation.overrideGate();
    }
    IngestSummary ingest = input.replay(labels, err, evaluation::accept);
    if (evaluation.coldReport().declarations() == 0) {
      throw new UserInputException(
          "no labelled declaration before " + periodTwo + " in " + input.file);
    }
    if (weightsOut != null) {
      if (evaluation.warmReport().declarations() == 0) {
        weights.save(weightsOut);
      }
      weights.save(weightsOut.resolveSibling(weightsOut.getFileName() + ".final"));
    }
    evaluation.closeScores();
    PrintWriter out = spec.commandLine().getOut();
    evaluation.print(out, outcomeDelay);
    input.writeJson(evaluation.toJson(outcomeDelay));
    return ingest.declarationsRejected() > 0 || ingest.errors() > 0
        ? ExitCodes.PARTIAL
        : ExitCodes.OK;
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static void print(PrintWriter out, EvaluationReport r) {
    out.printf(
        Locale.ROOT,
        "Evaluated %,d labelled declarations (%,d violations, %,.0f USD declared by them)%s%n%n",
        r.declarations(),
        r.violations(),
        r.violatingValueUsd(),
        r.unlabelled() > 0
            ? String.format(Locale.ROOT, "; %,d unlabelled left out", r.unlabelled())
            : "");
    out.println("Inspecting the highest scores:");
    out.printf(
        Locale.ROOT,
        "%-6s %10s %8s %10s %8s %12s %10s%n",
        "rate",
        "inspected",
        "found",
        "precision",
        "recall",
        "value seized",
        "min score");
    for (EvaluationReport.AtRate a : r.atRates()) {
      out.printf(
          Locale.ROOT,
          "%-6s %,10d %,8d %10.3f %8.3f %12s %10.3f%n",
          pct(a.rate()),
          a.inspected(),
          a.found(),
          a.precision(),
          a.recall(),
          pct(a.seizedValueShare()),
          a.lowestScore());
    }
    out.println();
    out.println("Recall (value seized) per typology:");
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "%-20s %8s", "typology", "count"));
    for (EvaluationReport.AtRate a : r.atRates()) {
      head.append(String.format(Locale.ROOT, " %16s", "at " + pct(a.rate())));
    }
    out.println(head);
    for (String typology : r.atRates().getFirst().byTypology().keySet()) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-20s %,8d",
                  typology,
                  r.atRates().getFirst().byTypology().get(typology).violations()));
      for (EvaluationReport.AtRate a : r.atRates()) {
        EvaluationReport.TypologyAtRate t = a.byTypology().get(typology);
        row.append(
            String.format(
                Locale.ROOT,
                " %16s",
                String.format(Locale.ROOT, "%.3f (%s)", t.recall(), pct(t.seizedValueShare()))));
      }
      out.println(row);
    }
    out.println();
    out.println("Per finding code (detector):");
    out.printf(
        Locale.ROOT,
        "%-30s %9s %9s %10s %8s%n",
        "code",
        "fired",
        "hit rate",
        "precision",
        "recall");
    for (EvaluationReport.DetectorStats d : r.detectors()) {
      out.printf(
          Locale.ROOT,
          "%-30s %,9d %9s %10.3f %8.3f%n",
          d.code(),
          d.fired(),
          pct(d.hitRate()),
          d.precision(),
          d.recall());
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Clean declarations sent RED by score (beyond random selection): %s; RED at random: %s of all%n",
        pct(r.cleanRedByScore()),
        pct(r.randomRed()));
    out.flush();
  }

  static ObjectNode toJson(EvaluationReport r) {
    ObjectMapper m = ReportJson.MAPPER;
    ObjectNode root = m.createObjectNode();
    root.put("declarations", r.declarations());
    root.put("unlabelled", r.unlabelled());
    root.put("violations", r.violations());
    root.put("violating_value_usd", r.violatingValueUsd());
    ArrayNode rates = root.putArray("at_rates");
    for (EvaluationReport.AtRate a : r.atRates()) {
      ObjectNode n = rates.addObject();
      n.put("rate", a.rate());
      n.put("inspected", a.inspected());
      n.put("found", a.found());
      n.put("precision", a.precision());
      n.put("recall", a.recall());
      n.put("seized_value_share", a.seizedValueShare());
      n.put("lowest_score", a.lowestScore());
      ObjectNode typologies = n.putObject("by_typology");
      a.byTypology()
          .forEach(
              (name, t) -> {
                ObjectNode tn = typologies.putObject(name);
                tn.put("violations", t.violations());
                tn.put("found", t.found());
                tn.put("recall", t.recall());
                tn.put("seized_value_share", t.seizedValueShare());
              });
    }
    ArrayNode detectors = root.putArray("detectors");
    for (EvaluationReport.DetectorStats d : r.detectors()) {
      ObjectNode n = detectors.addObject();
      n.put("code", d.code().name());
      n.put("fired", d.fired());
      n.put("hit_rate", d.hitRate());
      n.put("precision", d.precision());
      n.put("recall", d.recall());
    }
    root.put("clean_red_by_score", r.cleanRedByScore());
    root.put("random_red", r.randomRed());
    return root;
  }
}
