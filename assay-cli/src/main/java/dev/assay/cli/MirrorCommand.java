package dev.assay.cli;

import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.mirror.ComtradeReader;
import dev.assay.intelligence.mirror.MirrorAllowances;
import dev.assay.intelligence.mirror.MirrorAnalysis;
import dev.assay.intelligence.mirror.MirrorGap;
import dev.assay.intelligence.mirror.ReexportRow;
import dev.assay.intelligence.stats.Granularity;
import dev.assay.simulator.mirror.ComtradeSample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay mirror}: China's exports against partners' imports and re-exports. */
@Command(
    name = "mirror",
    mixinStandardHelpOptions = true,
    description = {
      "Mirror statistics from partner-country trade data in the UN Comtrade CSV layout: China's"
          + " recorded exports of each controlled mineral's goods to X against X's recorded imports"
          + " from China (gaps beyond the CIF/FOB and timing allowances), and X's imports from"
          + " China against X's exports of the same goods to third countries (re-export hubs).",
      "--make-sample DECLARATIONS writes a sample in that layout made from simulated declarations,"
          + " with known answers. See docs/intelligence.md."
    })
final class MirrorCommand implements Callable<Integer> {
  enum View {
    gaps,
    reexports
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Trade data, UN Comtrade layout (CSV, or TSV by .tsv/.txt).")
  Path file;

  @Option(names = "--view", defaultValue = "gaps", description = "gaps (default) or reexports.")
  View view;

  @Option(names = "--all", description = "gaps: list consistent rows too.")
  boolean all;

  @Option(
      names = "--cif-margin",
      defaultValue = "0.06",
      description = "CIF over FOB allowed (default: ${DEFAULT-VALUE}).")
  double cifMargin;

  @Option(
      names = "--tolerance",
      defaultValue = "0.25",
      description = "Further tolerance either way (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(
      names = "--lag",
      defaultValue = "0",
      description =
          "Whole months between export and import record, beyond the transit share"
              + " (default: ${DEFAULT-VALUE}).")
  int lag;

  @Option(
      names = "--transit-share",
      paramLabel = "SHARE",
      description =
          "Share of a month's exports the partner records the month after, 0..1 (default:"
              + " estimated from the monthly data).")
  Double transitShare;

  @Option(
      names = "--reexport-threshold",
      defaultValue = "0.5",
      description =
          "Re-exports over imports from China flagged as a hub (default: ${DEFAULT-VALUE}).")
  double reexportThreshold;

  @Option(
      names = "--by",
      defaultValue = "QUARTER",
      description = "MONTH, QUARTER or YEAR (default: ${DEFAULT-VALUE}).")
  Granularity granularity;

  @Option(names = "--mineral", paramLabel = "NAME", description = "One mineral only.")
  String mineral;

  @Option(
      names = "--make-sample",
      description =
          "Treat FILE as simulated declarations and write a UN Comtrade-layout sample to --out.")
  boolean makeSample;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "With --make-sample: where to write it.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "With --make-sample: noise seed.")
  long seed;

  @Mixin TabularOutput output;
  @Mixin ControlListOptions controlListOptions;

  @Override
  public Integer call() throws IOException {
    output.check();
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    MineralClassifier classifier =
        new MineralClassifier(controlListOptions.load(), MineralClassifier.Scope.FAMILY);
    PrintWriter err = spec.commandLine().getErr();
    if (makeSample) {
      if (out == null) {
        throw new UserInputException("--make-sample needs --out FILE");
      }
      ComtradeSample sample = new ComtradeSample(classifier, seed);
      var ingest =
          DeclarationInput.read(file.toString(), null, new RejectionsShown(sample, null, err));
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        sample.write(w);
      }
      err.printf(
          Locale.ROOT, "Wrote %s from %,d declarations%n", out, ingest.declarationsAccepted());
      return ingest.declarationsRejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
    MirrorAllowances allowances;
    try {
      allowances =
          new MirrorAllowances(
              cifMargin,
              tolerance,
              lag,
              transitShare == null ? Double.NaN : transitShare,
              reexportThreshold,
              10_000,
              granularity);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    MirrorAnalysis analysis = new MirrorAnalysis(classifier, allowances);
    String name = file.getFileName().toString();
    char separator = name.endsWith(".tsv") || name.endsWith(".txt") ? '\t' : ',';
    ComtradeReader.Summary summary;
    int[] shown = {0};
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      summary =
          ComtradeReader.read(
              in,
              separator,
              analysis,
              e -> {
                if (shown[0]++ < 20) {
                  err.println("rejected: " + e);
                }
              });
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage(), e);
    }
    err.printf(
        Locale.ROOT,
        "Read %,d rows (%,d rejected, %,d outside the control list's minerals)%n",
        summary.read(),
        summary.rejected(),
        analysis.outsideMinerals());
    PrintWriter o = spec.commandLine().getOut();
    if (view == View.gaps) {
      gaps(o, err, analysis);
    } else {
      reexports(o, analysis);
    }
    o.flush();
    return summary.rejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private void gaps(PrintWriter o, PrintWriter err, MirrorAnalysis analysis) {
    List<MirrorGap> gaps =
        analysis.gaps().stream()
            .filter(g -> mineral == null || g.mineral().contains(mineral))
            .filter(g -> all || g.finding() != MirrorGap.Finding.CONSISTENT)
            .toList();
    if (analysis.notCovered() > 0) {
      err.printf(
          Locale.ROOT,
          "%,d partner-periods not compared: China or the partner reported no trade at all in"
              + " some of their months%n",
          analysis.notCovered());
    }
    output.write(
        o,
        gaps,
        List.of(
            "mineral",
            "partner",
            "period",
            "china_period",
            "china_exports_usd",
            "expected_usd",
            "partner_imports_usd",
            "value_ratio",
            "kg_ratio",
            "finding"),
        g ->
            new Object[] {
              g.mineral(),
              g.partner(),
              g.period(),
              g.chinaPeriod(),
              output.cell(g.chinaExportsUsd(), TabularOutput::number),
              output.cell(g.expectedUsd(), TabularOutput::number),
              output.cell(g.partnerImportsUsd(), TabularOutput::number),
              output.cell(g.valueRatio(), MirrorCommand::ratio),
              output.cell(g.kgRatio(), MirrorCommand::ratio),
              g.finding()
            });
    if (output.readable()) {
      o.printf(
          Locale.ROOT,
          "Allowances: CIF/FOB margin %.0f%%, tolerance %.0f%% either way, China's period %d"
              + " month(s) earlier, transit share %.1f%% of a month's exports recorded the month"
              + " after (%s).%n",
          cifMargin * 100,
          tolerance * 100,
          lag,
          analysis.transitShare() * 100,
          transitShare == null ? "estimated from the data" : "given");
    }
  }

  private void reexports(PrintWriter o, MirrorAnalysis analysis) {
    List<ReexportRow> rows =
        analysis.reexports().stream()
            .filter(r -> mineral == null || r.mineral().contains(mineral))
            .toList();
    output.write(
        o,
        rows,
        List.of(
            "mineral",
            "partner",
            "period",
            "imports_from_china_kg",
            "imports_adjusted_kg",
            "exports_to_third_kg",
            "ratio",
            "top_destination",
            "top_share",
            "hub"),
        r ->
            new Object[] {
              r.mineral(),
              r.partner(),
              r.period(),
              output.cell(r.importsFromChinaKg(), TabularOutput::number),
              output.cell(r.importsAdjustedKg(), TabularOutput::number),
              output.cell(r.exportsToThirdKg(), TabularOutput::number),
              output.cell(r.ratio(), MirrorCommand::ratio),
              r.topDestination(),
              output.cell(r.topDestinationShare(), TabularOutput::share),
              r.hub() ? "HUB" : ""
            });
    if (output.readable()) {
      o.printf(
          Locale.ROOT,
          "Hub: exports to third countries >= %.0f%% of the imports from China (kg); %.1f%% of a"
              + " month's imports re-exported the month after (estimated from the data).%n",
          reexportThreshold * 100,
          analysis.reexportLagShare() * 100);
    }
  }

  private static String ratio(double r) {
    return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.2f", r);
  }
}
