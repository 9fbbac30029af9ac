package dev.assay.cli;

import dev.assay.screening.evaluation.Counts;
import dev.assay.screening.evaluation.EvaluationData;
import dev.assay.screening.evaluation.EvaluationReport;
import dev.assay.screening.evaluation.Evaluator;
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
          + " imported lists are searched as well."
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
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(report));
      out.flush();
      return ExitCodes.OK;
    }
    out.print(report.format());
    if (errors) {
      out.println();
      report.errors().forEach(out::println);
      report.flaggedCleanNames().forEach(n -> out.println("flagged clean name: " + n));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private String json(EvaluationReport report) {
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
    root.put("clean_names", report.cleanNames());
    root.put("clean_flagged", report.cleanFlagged());
    if (errors) {
      var e = root.putArray("errors");
      report.errors().forEach(e::add);
      var f = root.putArray("flagged_clean_names");
      report.flaggedCleanNames().forEach(f::add);
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
