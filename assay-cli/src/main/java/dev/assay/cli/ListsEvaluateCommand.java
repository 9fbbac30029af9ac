package dev.assay.cli;

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
    EvaluationReport report =
        new Evaluator(matcher, EvaluationData.DAY)
            .evaluate(EvaluationData.pairs(), EvaluationData.cleanNames());
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.format());
    if (errors) {
      out.println();
      report.errors().forEach(out::println);
      report.flaggedCleanNames().forEach(n -> out.println("flagged clean name: " + n));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
