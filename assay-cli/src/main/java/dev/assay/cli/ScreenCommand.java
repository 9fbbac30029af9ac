package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestHandOff;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import dev.assay.reload.Reloadable;
import dev.assay.report.AssessmentWriter;
import dev.assay.report.ScreeningSummary;
import dev.assay.report.StaleFindings;
import dev.assay.risk.Assessment;
import dev.assay.risk.Lane;
import dev.assay.risk.Screener;
import dev.assay.risk.ScreeningStream;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleDetector;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay screen}: scores every declaration of a file and writes the assessments. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens export declarations: checks every goods line against the control list as of the"
          + " declaration date and writes one JSON object per declaration (score, lane, findings"
          + " with evidence and legal basis).",
      "Bad records are reported on stderr with line, field, value and reason; the good ones are"
          + " still screened. A summary (declarations, lanes, findings by code) ends on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was accepted and screened",
      "1:internal error",
      "2:usage error",
      "3:invalid input: the file cannot be read as declarations; nothing was screened",
      "4:some records were rejected; the others were screened",
      "5:the assessments or the rejects could not be written (no such directory, permission,"
          + " disk full); the output is incomplete"
    })
final class ScreenCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Declarations in the CSV contract, NDJSON or JSON; '-' reads standard input.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Input format: ${COMPLETION-CANDIDATES}. Default: detected from the file name or its"
              + " first line, also on standard input and pipes.")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where to write the assessments (JSON Lines). Default: standard output.")
  Path out;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Also write every rejected record as JSON Lines (line, declaration, field, value, reason).")
  Path rejects;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary on stderr; errors are still reported.")
  boolean quiet;

  @Option(
      names = "--screen-threads",
      paramLabel = "N",
      description =
          "Threads the detectors are spread over when screening a file. 1 (the default, or the"
              + " system property assay.screen.threads) runs every detector on the screening"
              + " thread; 2 moves the misdeclared-goods, value, transshipment and network"
              + " detectors to a second thread, 3 splits those over two. The assessments are the"
              + " same either way; on two quiet cores 2 took 0.94 of the wall time for 1.08 times the CPU"
              + " (docs/performance.md)."
              + " Standard input is screened on one thread.")
  Integer screenThreads;

  @Mixin ScreeningOptions screening;

  @Mixin ModelOptions model;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int threads = threads();
    ScreeningOptions.Setup setup =
        screening.setup(screening.configuration().withModel(model.file), spec, false);
    Supplier<ControlList> controlList = setup.controlListInForce();
    Optional<Reloadable<RuleBook>> rules = setup.rules();
    RuleDetector ruleDetector = setup.ruleDetector().orElse(null);
    Screener screener = setup.screener();
    boolean streaming = file.equals("-");
    ScreeningSummary summary = new ScreeningSummary();
    StaleFindings stale = new StaleFindings(controlList.get().age());
    long started = System.nanoTime();

    try (ReferenceWatcher watcher = watcher(err, controlList, rules);
        OutputStream sink = openOutput();
        AssessmentWriter writer = new AssessmentWriter(sink);
        RejectReport rejected = new RejectReport(err, rejects)) {
      ScreeningStream.Sink written =
          new ScreeningStream.Sink() {
            long lastProgress = started;

            @Override
            public void screened(Declaration declaration, Assessment assessment) {
              writer.write(assessment);
              summary.add(assessment);
              stale.add(
                  assessment, screening.configuration().asOf().orElse(declaration.declaredAt()));
              if (streaming && nothingWaiting()) {
                // A live stream's consumer sees each assessment before the screen waits for more.
                writer.flush();
              }
              if (!quiet && (summary.declarations() & 0xFFFF) == 0) {
                long now = System.nanoTime();
                if (now - lastProgress > PROGRESS_EVERY_NANOS) {
                  lastProgress = now;
                  err.printf(
                      Locale.ROOT,
                      "assay: screened %,d declarations (%,.0f/s)%n",
                      summary.declarations(),
                      summary.declarations() / ((now - started) / 1e9));
                  err.flush();
                }
              }
            }
          };
      IngestSummary ingest;
      if (streaming) {
        // A live stream wants each assessment as soon as its declaration arrives, not in batches
        // (a stream on threads holds a chunk back): one thread.
        ingest =
            DeclarationInput.read(
                file, format, listener(d -> written.screened(d, screener.screen(d)), rejected));
      } else {
        // Parsing here, screening and writing on a second core (the detectors spread over
        // --screen-threads); detectors still see one stream, in file order.
        try (ScreeningStream stream = screener.stream(threads, written)) {
          try (IngestHandOff handOff =
              new IngestHandOff(listener(stream::accept, rejected), "assay-screen")) {
            ingest = DeclarationInput.read(file, format, handOff);
          }
          stream.flush();
        }
      }
      writer.flush();
      if (!quiet) {
        printSummary(err, ingest, summary, controlList.get(), System.nanoTime() - started);
        stale.summaryLines().forEach(err::println);
        err.flush();
        if (ruleDetector != null && !ruleDetector.failureCounts().isEmpty()) {
          err.println("Rule failures (declarations): " + ruleDetector.failureCounts());
        }
      }
      return ingest.declarationsRejected() > 0 || ingest.errors() > 0
          ? ExitCodes.PARTIAL
          : ExitCodes.OK;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
        throw e;
      }
      throw Outputs.failed(out == null ? "the assessments" : out.toString(), e);
    } catch (IOException e) {
      throw Outputs.failed(out == null ? "the assessments" : out.toString(), e);
    }
  }

  private int threads() {
    if (screenThreads == null) {
      try {
        return Screener.defaultThreads();
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (screenThreads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--screen-threads: 1 or more, got " + screenThreads);
    }
    return screenThreads;
  }

  private static IngestListener listener(
      java.util.function.Consumer<Declaration> accepted, RejectReport rejected) {
    return new IngestListener() {
      @Override
      public void accepted(Declaration declaration) {
        accepted.accept(declaration);
      }

      @Override
      public void rejected(dev.assay.ingest.RecordError error) {
        rejected.rejected(error);
      }
    };
  }

  private ReferenceWatcher watcher(
      PrintWriter err, Supplier<ControlList> controlList, Optional<Reloadable<RuleBook>> rules) {
    ReferenceWatcher watcher = new ReferenceWatcher(err);
    rules.ifPresent(r -> watcher.watch("rules", r, book -> book.size() + " rules"));
    if (controlList instanceof Reloadable<ControlList> list) {
      watcher.watch(
          "control list", list, l -> l.measures().size() + " measures, version " + l.version());
    }
    watcher.start(screening.ruleOptions.reloadEverySeconds);
    return watcher;
  }

  private static boolean nothingWaiting() {
    try {
      return System.in.available() == 0;
    } catch (IOException e) {
      return true;
    }
  }

  private OutputStream openOutput() throws IOException {
    if (out == null) {
      return new BufferedOutputStream(new NonClosingOutputStream(System.out), 1 << 16);
    }
    return new BufferedOutputStream(Outputs.open(out), 1 << 16);
  }

  private void printSummary(
      PrintWriter err,
      IngestSummary ingest,
      ScreeningSummary summary,
      ControlList controlList,
      long nanos) {
    double seconds = nanos / 1e9;
    err.printf(
        Locale.ROOT,
        "Screened %,d declarations in %.1f s (%,d records read, %,d declarations rejected, %,d errors)%n",
        summary.declarations(),
        seconds,
        ingest.recordsRead(),
        ingest.declarationsRejected(),
        ingest.errors());
    StringBuilder lanes = new StringBuilder("Lanes:");
    for (Lane lane : Lane.values()) {
      lanes
          .append(' ')
          .append(lane)
          .append(' ')
          .append(String.format(Locale.ROOT, "%,d", summary.inLane(lane)));
    }
    err.println(lanes);
    if (summary.findingsByCode().isEmpty()) {
      err.println("Findings: none");
    } else {
      StringBuilder findings = new StringBuilder("Findings:");
      summary
          .findingsByCode()
          .forEach(
              (code, n) ->
                  findings
                      .append(' ')
                      .append(code)
                      .append(' ')
                      .append(String.format(Locale.ROOT, "%,d", n)));
      err.println(findings);
    }
    err.println(
        "Control list "
            + controlList.version()
            + screening
                .configuration()
                .asOf()
                .map(d -> ", as of " + d)
                .orElse(", as of each declaration's date")
            + "; assessments written to "
            + (out == null ? "standard output" : out.toString()));
    err.flush();
  }
}
