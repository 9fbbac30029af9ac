package dev.assay.cli;

import dev.assay.screening.evaluation.Counts;
import dev.assay.screening.evaluation.EvaluationData;
import dev.assay.screening.evaluation.EvaluationReport;
import dev.assay.screening.evaluation.Evaluator;
import dev.assay.screening.evaluation.PublicBenchmark;
import dev.assay.screening.matching.ListIndex;
import dev.assay.screening.matching.NameNormalizer;
import dev.assay.screening.matching.PartyMatcher;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay lists evaluate}: precision, recall and F1 of the matcher on the shipped labelled
 * set.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the matcher over the project's labelled name pairs (true variants and hard negatives"
          + " of the shipped Chinese lists and a synthetic multi-script watch list) and over clean"
          + " everyday company names, at the configured thresholds (or --review/--block), and"
          + " prints precision, recall, F1 and the share of clean names flagged. With --lists, the"
          + " imported lists are searched as well. Then, apart, the public name-pair benchmark"
          + " (OpenSanctions nomenklatura name_bench, 818 labelled pairs, tune and held-out halves)"
          + " by its case groups and by script."
    })
final class ListsEvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--errors",
      description = "Also list every pair the matcher got wrong and every clean name it flagged.")
  boolean errors;

  @Option(
      names = "--json",
      description =
          "Print the report as JSON: overall and per-variant counts of the generated pairs, and"
              + " precision, recall and F1 per class and part (tune, held-out) of the class set.")
  boolean json;

  @Mixin ScreeningListOptions listOptions;

  @Override
  public Integer call() {
    // With --lists, the imported lists are searched too: the labelled pairs must still find their
    // entries among them, and the clean names must not raise matches against them.
    NameNormalizer normalizer = NameNormalizer.standard();
    List<ListIndex> indexes = new ArrayList<>();
    EvaluationData.lists().forEach(l -> indexes.add(ListIndex.build(l, normalizer)));
    indexes.addAll(listOptions.importedIndexes(normalizer));
    PartyMatcher matcher = new PartyMatcher(indexes, normalizer, listOptions.settings());
    List<dev.assay.screening.evaluation.ClassPair> classPairs =
        new ArrayList<>(EvaluationData.classPairs());
    classPairs.addAll(EvaluationData.ordinaryNames());
    EvaluationReport report =
        new Evaluator(matcher, EvaluationData.DAY)
            .evaluate(EvaluationData.pairs(), classPairs, EvaluationData.cleanNames());
    // The public benchmark is matched against its own list only, so that its names cannot change
    // the figures of the project's sets above (nor theirs these).
    PublicBenchmark bench = PublicBenchmark.shipped();
    PartyMatcher benchMatcher =
        new PartyMatcher(
            List.of(ListIndex.build(bench.list(), normalizer)), normalizer, listOptions.settings());
    Evaluator benchEvaluator = new Evaluator(benchMatcher, EvaluationData.DAY);
    EvaluationReport byGroup = benchEvaluator.evaluate(List.of(), bench.byGroup(), List.of());
    EvaluationReport byScript = benchEvaluator.evaluate(List.of(), bench.byScript(), List.of());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(report, byGroup, byScript));
      out.flush();
      return ExitCodes.OK;
    }
    out.print(report.format());
    out.print(
        byGroup.formatClasses(
            "Public benchmark (nomenklatura name_bench, MIT; held-out pairs are never tuned on),"
                + " by its case groups:"));
    out.print(byScript.formatClasses("Public benchmark by script:"));
    if (errors) {
      out.println();
      report.errors().forEach(out::println);
      report.flaggedCleanNames().forEach(n -> out.println("flagged clean name: " + n));
      byGroup.errors().forEach(e -> out.println("public " + e));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private String json(
      EvaluationReport report, EvaluationReport publicByGroup, EvaluationReport publicByScript) {
    com.fasterxml.jackson.databind.ObjectMapper m = TabularOutput.MAPPER;
    var root = m.createObjectNode();
    root.put("review_threshold", report.thresholds().review());
    root.put("block_threshold", report.thresholds().block());
    counts(root.putObject("overall"), report.overall());
    var variants = root.putObject("by_variant");
    new java.util.TreeMap<>(report.byVariant()).forEach((k, v) -> counts(variants.putObject(k), v));
    var classes = root.putArray("by_class");
    for (var c : report.byClass()) {
      var o = classes.addObject();
      o.put("class", c.category());
      o.put("part", c.part());
      counts(o, c.counts());
    }
    var pub = root.putArray("public_benchmark");
    for (EvaluationReport r : List.of(publicByGroup, publicByScript)) {
      for (var c : r.byClass()) {
        if (r == publicByScript && c.category().equals("all")) {
          continue; // the same pairs as the case groups' "all" rows
        }
        var o = pub.addObject();
        o.put("class", c.category());
        o.put("part", c.part());
        counts(o, c.counts());
      }
    }
    root.put("clean_names", report.cleanNames());
    root.put("clean_flagged", report.cleanFlagged());
    if (errors) {
      var e = root.putArray("errors");
      report.errors().forEach(e::add);
      var f = root.putArray("flagged_clean_names");
      report.flaggedCleanNames().forEach(f::add);
      var p = root.putArray("public_errors");
      publicByGroup.errors().forEach(p::add);
    }
    try {
      return m.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void counts(com.fasterxml.jackson.databind.node.ObjectNode o, Counts c) {
    o.put("pairs", c.total());
    o.put("true_positives", c.truePositives());
    o.put("false_positives", c.falsePositives());
    o.put("false_negatives", c.falseNegatives());
    o.put("true_negatives", c.trueNegatives());
    o.put("precision", c.precision());
    o.put("recall", c.recall());
    o.put("f1", c.f1());
  }
}
