package dev.assay.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.risk.Scoring;
import dev.assay.risk.evidence.EvidenceKinds;
import dev.assay.risk.evidence.EvidenceWeights;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay weights}: the learned weight of every kind of soft evidence, with its uncertainty.
 */
@Command(
    name = "weights",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the weight of each kind of soft evidence (finding code x severity, each sub-signal"
          + " under it, analyst rule) as"
          + " learned from inspection outcomes: the shipped prior, the outcomes behind it (random"
          + " picks apart), the selection-corrected hit rate, the posterior mean and its credible"
          + " interval (docs/evidence.md). Without FILE, the shipped priors.",
      "Legal certainties send a declaration RED on their own; their rows (certain:CODE/SEVERITY"
          + "[/SIGNAL]) are the share of violations their inspections found, which only ranks"
          + " them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:internal error", "2:usage error", "3:unreadable weights file"})
final class WeightsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "A weights file (assay evaluate --loop --weights-out FILE).")
  Path file;

  @Option(
      names = "--scoring",
      paramLabel = "FILE",
      description = "The scoring file whose weights are the prior (default: the shipped one).")
  Path scoring;

  @Option(
      names = "--credibility",
      paramLabel = "SHARE",
      converter = Ranges.Share.class,
      description = "Width of the central credible interval, default ${DEFAULT-VALUE}.")
  double credibility = 0.9;

  @Option(
      names = "--all",
      description = "Also the codes and severities no outcome has reached yet.")
  boolean all;

  @Option(names = "--json", description = "JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    Scoring prior = scoring == null ? Scoring.bundled() : loadScoring(scoring);
    EvidenceWeights weights =
        file == null ? EvidenceWeights.prior(prior) : ScreeningOptions.loadWeights(file, prior);
    List<EvidenceWeights.Estimate> estimates =
        weights.estimates(credibility).stream()
            .filter(e -> all || file == null || e.inspections() > 0 || e.key().startsWith("rule:"))
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode rows = ReportJson.MAPPER.createArrayNode();
      for (EvidenceWeights.Estimate e : estimates) {
        ObjectNode n = rows.addObject();
        n.put("key", e.key());
        n.put("prior_mean", e.priorMean());
        n.put("inspections", e.inspections());
        n.put("random_inspections", e.randomInspections());
        n.put("effective_inspections", e.effectiveInspections());
        if (Double.isNaN(e.observedRate())) {
          n.putNull("observed_rate");
        } else {
          n.put("observed_rate", e.observedRate());
        }
        n.put("mean", e.mean());
        n.put("low", e.low());
        n.put("high", e.high());
      }
      out.println(rows.toPrettyString());
      out.flush();
      return ExitCodes.OK;
    }
    out.printf(
        Locale.ROOT,
        "Weights of soft evidence (prior worth %.0f inspections; %.0f%% credible interval)%n",
        weights.priorStrength(),
        credibility * 100);
    // sub-signal keys (CODE/SEVERITY/signal) can be long: the column is as wide as the longest
    int width = 34;
    for (EvidenceWeights.Estimate e : estimates) {
      width = Math.max(width, e.key().length());
    }
    String keyColumn = "%-" + width + "s";
    out.printf(
        Locale.ROOT,
        keyColumn + " %6s %8s %7s %7s %8s %7s  %s%n",
        "evidence",
        "prior",
        "outcomes",
        "random",
        "worth",
        "observed",
        "mean",
        "interval");
    for (EvidenceWeights.Estimate e : estimates) {
      out.printf(
          Locale.ROOT,
          keyColumn + " %6.3f %,8d %,7d %7.1f %8s %7.3f  [%.3f, %.3f]%n",
          e.key(),
          e.priorMean(),
          e.inspections(),
          e.randomInspections(),
          e.effectiveInspections(),
          Double.isNaN(e.observedRate())
              ? "-"
              : String.format(Locale.ROOT, "%.3f", e.observedRate()),
          e.mean(),
          e.low(),
          e.high());
    }
    out.println(
        "Legal certainties (RED on their own; their certain: rows only rank them): "
            + java.util.Arrays.stream(dev.assay.risk.FindingCode.values())
                .filter(EvidenceKinds::canBeCertain)
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "))
            + " under the conditions of docs/evidence.md.");
    out.flush();
    return ExitCodes.OK;
  }

  private static Scoring loadScoring(Path file) {
    try {
      return Scoring.load(file);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UserInputException("scoring: " + e.getMessage(), e);
    }
  }
}
