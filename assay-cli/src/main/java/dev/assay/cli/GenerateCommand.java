package dev.assay.cli;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationCsvWriter;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.license.LicenseCsvWriter;
import dev.assay.pipeline.HandOff;
import dev.assay.simulator.Difficulty;
import dev.assay.simulator.GroundTruthCsvWriter;
import dev.assay.simulator.InspectionPolicy;
import dev.assay.simulator.SimulatedDeclaration;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.SimulationSummary;
import dev.assay.simulator.Simulator;
import dev.assay.simulator.Typology;
import dev.assay.simulator.TypologyRates;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.statistics.ExportStatistics;
import dev.assay.simulator.statistics.StatisticsReport;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code assay generate}: writes simulated declarations with ground truth, and their licenses. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates realistic synthetic export declarations with ground truth: ordinary trade over"
          + " all HS chapters, controlled-mineral trade consistent with the control list on each"
          + " date (with the licenses it holds), and injected smuggling typologies labelled in the"
          + " outcome and typology columns. The same options and seed give the same files, byte"
          + " for byte. See docs/simulator.md.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error", "2:usage error", "3:cannot write a file"})
final class GenerateCommand implements Callable<Integer> {
  /** What goes in the outcome and typology columns. */
  enum Labels {
    TRUE,
    OBSERVED,
    NONE
  }

  /** Output format. */
  enum OutputFormat {
    CSV,
    NDJSON
  }

  @Spec CommandSpec spec;

  private ExportStatistics statistics;

  @Option(
      names = {"-n", "--declarations"},
      paramLabel = "N",
      description = "How many declarations (default: ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  long declarations;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First declaration date (default: ${DEFAULT-VALUE}).",
      defaultValue = "2024-01-01")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Last declaration date, inclusive (default: ${DEFAULT-VALUE}).",
      defaultValue = "2025-12-31")
  LocalDate to;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where to write the declarations; '-' or none: standard output.")
  String out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "${COMPLETION-CANDIDATES}. Default: NDJSON for a .ndjson or .jsonl file, CSV (the import contract) otherwise.")
  OutputFormat format;

  @Option(
      names = "--licenses",
      paramLabel = "FILE",
      description = "Also write the licenses the legitimate trade holds (docs/license-format.md).")
  Path licenses;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description =
          "Also write the ground truth per declaration (outcome, typology, variant, note, and under --labels observed what customs saw).")
  Path truth;

  @Option(
      names = "--variant",
      paramLabel = "K",
      description =
          "Typology variant K (0 or more): every typology parameter drawn from its range with a"
              + " seed of its own, plus honest look-alikes of each typology (producers shipping"
              + " cover goods, heavy packing, new hub customers, parcel series, Dy-free magnets);"
              + " replaces --difficulty. Tune on some variants, report on others (docs/simulator.md).")
  Integer variant;

  @Option(
      names = "--difficulty",
      paramLabel = "LEVEL",
      description =
          "easy, default or hard: how much the violations look like honest trade (default: ${DEFAULT-VALUE}).",
      defaultValue = "default")
  String difficulty;

  @Option(
      names = "--violation-rate",
      paramLabel = "SHARE",
      description =
          "Share of declarations that are violations, all typologies together, keeping their proportions (default: 0.0165).")
  Double violationRate;

  @Option(
      names = "--rate",
      paramLabel = "TYPOLOGY=SHARE",
      split = ",",
      description =
          "Rate of one typology as a share of all declarations, e.g. --rate concealment=0.003,hidden_goods=0. Typologies: misrepresentation, value_manipulation, concealment, hidden_goods, restricted_party, transshipment, unlicensed_export, beyond_license, split_shipment.")
  List<String> rates = new ArrayList<>();

  @Option(
      names = "--mineral-share",
      paramLabel = "SHARE",
      description =
          "Share of declarations that are controlled-mineral shipments in an average month (default: ${DEFAULT-VALUE}; reality is far lower).",
      defaultValue = "0.04")
  double mineralShare;

  @Option(
      names = "--exporters",
      paramLabel = "N",
      description = "Ordinary exporters in the population (default: ${DEFAULT-VALUE}).",
      defaultValue = "3000")
  int exporters;

  @Option(
      names = "--labels",
      paramLabel = "WHICH",
      description =
          "true: the true outcome and typology (default); observed: only what customs would know under the inspection policy (empty where not inspected); none: no label columns.",
      defaultValue = "true")
  String labels;

  @Option(
      names = "--inspected-share",
      paramLabel = "SHARE",
      description =
          "Under --labels observed: share of declarations inspected (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.05")
  double inspectedShare;

  @Option(
      names = "--random-share",
      paramLabel = "SHARE",
      description =
          "Under --labels observed: share of inspections picked at random, the rest targeted (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.1")
  double randomShare;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on stderr.")
  boolean quiet;

  @Option(
      names = "--stats",
      description =
          "Print on stderr the simulated export statistics (kg declared under each mineral"
              + " family's codes) against the public figures of the fact base, for the months the"
              + " period covers.")
  boolean stats;

  @Override
  public Integer call() throws IOException {
    SimulationSettings settings = settings();
    Labels labelMode = parse(Labels.class, labels, "--labels");
    OutputFormat outputFormat = format != null ? format : formatOf(out);
    long started = System.nanoTime();
    statistics = stats ? new ExportStatistics(ReferenceData.bundled()) : null;
    List<Closeable> open = new ArrayList<>();
    SimulationSummary summary;
    try {
      Writer declarationsOut = open(out, open);
      Consumer<SimulatedDeclaration> sink =
          declarationSink(declarationsOut, outputFormat, labelMode, open);
      GroundTruthCsvWriter truthWriter =
          truth == null ? null : add(open, new GroundTruthCsvWriter(writer(truth)));
      LicenseCsvWriter licenseWriter =
          licenses == null ? null : add(open, new LicenseCsvWriter(writer(licenses)));
      Consumer<SimulatedDeclaration> all =
          truthWriter == null ? sink : sink.andThen(truthWriter::write);
      if (statistics != null) {
        all = all.andThen(d -> statistics.add(d.declaration()));
      }
      // Writing takes longer than generating: the declarations are written on the second core.
      try (HandOff<SimulatedDeclaration> writing = new HandOff<>(all, "assay-generate-writer")) {
        summary =
            new Simulator(settings)
                .run(writing, licenseWriter == null ? l -> {} : licenseWriter::write);
      }
    } catch (UncheckedIOException e) {
      throw Outputs.failed(out == null || out.equals("-") ? "standard output" : out, e);
    } finally {
      closeAll(open);
    }
    if (!quiet) {
      printSummary(spec.commandLine().getErr(), settings, summary, System.nanoTime() - started);
    }
    if (statistics != null) {
      spec.commandLine()
          .getErr()
          .print(StatisticsReport.markdown(statistics, YearMonth.from(from), YearMonth.from(to)));
      spec.commandLine().getErr().flush();
    }
    return ExitCodes.OK;
  }

  private SimulationSettings settings() {
    TypologyRates typologyRates = TypologyRates.defaults();
    try {
      if (violationRate != null) {
        typologyRates = typologyRates.scaledTo(violationRate);
      }
      for (String rate : rates) {
        typologyRates = TypologyRates.parse(rate, typologyRates);
      }
      SimulationSettings settings =
          new SimulationSettings(
              declarations,
              seed,
              from,
              to,
              parse(Difficulty.class, difficulty, "--difficulty"),
              typologyRates,
              exporters,
              mineralShare,
              java.util.Optional.empty());
      if (variant != null) {
        settings = settings.withVariant(variant);
      }
      if (labels.equalsIgnoreCase("observed")) {
        settings = settings.withInspection(new InspectionPolicy(inspectedShare, randomShare));
      }
      return settings;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "invalid value for "
              + option
              + ": '"
              + text
              + "' (expected one of "
              + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
              + ")");
    }
  }

  private static OutputFormat formatOf(String out) {
    if (out == null) {
      return OutputFormat.CSV;
    }
    String name = out.toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl")
        ? OutputFormat.NDJSON
        : OutputFormat.CSV;
  }

  private static Consumer<SimulatedDeclaration> declarationSink(
      Writer writer, OutputFormat format, Labels labels, List<Closeable> open) {
    boolean withLabels = labels != Labels.NONE;
    java.util.function.Function<SimulatedDeclaration, Declaration> view =
        switch (labels) {
          case TRUE -> SimulatedDeclaration::declaration;
          case OBSERVED -> SimulatedDeclaration::withObservedLabel;
          case NONE -> SimulatedDeclaration::unlabelled;
        };
    if (format == OutputFormat.NDJSON) {
      DeclarationJsonWriter json = add(open, new DeclarationJsonWriter(writer, withLabels));
      return d -> json.write(view.apply(d));
    }
    DeclarationCsvWriter csv = add(open, new DeclarationCsvWriter(writer, withLabels));
    return d -> csv.write(view.apply(d));
  }

  private Writer open(String file, List<Closeable> open) throws IOException {
    if (file == null || file.equals("-")) {
      return new BufferedWriter(
          new OutputStreamWriter(new NonClosingOutputStream(System.out), StandardCharsets.UTF_8),
          1 << 16);
    }
    return writer(Path.of(file));
  }

  private static Writer writer(Path file) {
    return new BufferedWriter(
        new OutputStreamWriter(Outputs.open(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Closes what was opened, last first; a failure to flush the last bytes fails the command. */
  private static void closeAll(List<Closeable> open) {
    OutputException failed = null;
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (IOException e) {
        failed = failed != null ? failed : Outputs.failed("the output", e);
      } catch (UncheckedIOException e) {
        failed = failed != null ? failed : Outputs.failed("the output", e);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private static <T extends Closeable> T add(List<Closeable> open, T closeable) {
    open.add(closeable);
    return closeable;
  }

  private void printSummary(
      PrintWriter err, SimulationSettings settings, SimulationSummary summary, long nanos) {
    double seconds = nanos / 1e9;
    err.printf(
        Locale.ROOT,
        "Generated %,d declarations (%s to %s, seed %d, difficulty %s) in %.1f s (%,.0f/s)%n",
        summary.declarations(),
        settings.from(),
        settings.to(),
        settings.seed(),
        settings.variant().isPresent()
            ? settings.parameters().name()
            : settings.difficulty().name().toLowerCase(Locale.ROOT),
        seconds,
        summary.declarations() / Math.max(seconds, 1e-9));
    if (settings.variant().isPresent()) {
      err.println("Typologies of " + settings.parameters().describe());
    }
    err.printf(
        Locale.ROOT,
        "Population: %,d exporters, %,d overseas parties; licenses issued: %,d%n",
        summary.exporters(),
        summary.overseasParties(),
        summary.licenses());
    StringBuilder line =
        new StringBuilder(String.format(Locale.ROOT, "Violations: %,d", summary.totalViolations()));
    for (Typology t : Typology.values()) {
      line.append(' ').append(t.label()).append(' ').append(summary.violations().get(t));
    }
    err.println(line);
    if (settings.inspection().isPresent()) {
      err.printf(
          Locale.ROOT,
          "Observed labels: %,d inspected, %,d violations found (of %,d)%n",
          summary.inspected(),
          summary.violationsFound(),
          summary.totalViolations());
    }
    summary.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
  }
}
