package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestHandOff;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import dev.assay.ingest.RecordError;
import dev.assay.report.AssessmentWriter;
import dev.assay.report.RejectWriter;
import dev.assay.report.ScreeningSummary;
import dev.assay.risk.Detector;
import dev.assay.risk.Lane;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.screening.RestrictedPartyDetector;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
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
      "4:some records were rejected; the others were screened"
    })
final class ScreenCommand implements Callable<Integer> {
  private static final int ERRORS_SHOWN = 20;
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
              + " first byte (CSV for standard input).")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where to write the assessments (JSON Lines). Default: standard output.")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Read the control list as of this date (YYYY-MM-DD) instead of each declaration's own"
              + " date, for what-if questions.")
  LocalDate asOf;

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

  @Mixin ControlListOptions controlListOptions;

  @Option(
      names = "--licenses",
      paramLabel = "FILE",
      description =
          "Check every line that cites a license against the licenses of this license CSV"
              + " (docs/license-format.md); drawdowns are counted in memory for this run.")
  Path licenses;

  @Mixin LicenseSourceOptions licenseSource;

  @Mixin ScreeningListOptions screeningListOptions;

  @Override
  public Integer call() throws IOException {
    ControlList controlList = controlListOptions.load();
    Screener screener = screener(controlList);
    PrintWriter err = spec.commandLine().getErr();
    ScreeningSummary summary = new ScreeningSummary();
    long started = System.nanoTime();

    try (OutputStream sink = openOutput();
        AssessmentWriter writer = new AssessmentWriter(sink);
        RejectWriter rejectWriter =
            rejects == null ? null : new RejectWriter(Files.newOutputStream(rejects))) {
      var listener =
          new IngestListener() {
            long shown;
            long lastProgress = started;

            @Override
            public void accepted(Declaration declaration) {
              var assessment = screener.screen(declaration);
              writer.write(assessment);
              summary.add(assessment);
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

            @Override
            public void rejected(RecordError error) {
              if (rejectWriter != null) {
                rejectWriter.write(error);
              }
              if (shown++ < ERRORS_SHOWN) {
                err.println("rejected: " + error.describe());
              } else if (shown == ERRORS_SHOWN + 1) {
                err.println(
                    "rejected: (more errors not shown"
                        + (rejects == null
                            ? "; use --rejects FILE to get them all)"
                            : "; all are in " + rejects + ")"));
              }
            }
          };
      // Parsing here, screening and writing on a second core; detectors still see one stream.
      IngestSummary ingest;
      try (IngestHandOff screening = new IngestHandOff(listener, "assay-screen")) {
        ingest = read(screening);
      }
      writer.flush();
      if (!quiet) {
        printSummary(err, ingest, summary, controlList, System.nanoTime() - started);
      }
      return ingest.declarationsRejected() > 0 || ingest.errors() > 0
          ? ExitCodes.PARTIAL
          : ExitCodes.OK;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
        throw e;
      }
      throw new UserInputException("cannot write output: " + e.getCause().getMessage(), e);
    }
  }

  /**
   * The standard detectors, party screening against the restricted-party lists, and the license
   * check when licenses are given.
   */
  private Screener screener(ControlList controlList) {
    List<Detector> detectors = new ArrayList<>(Screener.standardDetectors(controlList));
    detectors.add(new RestrictedPartyDetector(screeningListOptions.load()));
    licenseSource
        .repository(licenses, spec)
        .ifPresent(
            repository ->
                detectors.add(
                    new LicenseViolationDetector(repository, licenseSource.recordsDrawdowns())));
    return new Screener(controlList, detectors, Scoring.bundled(), Optional.ofNullable(asOf));
  }

  private IngestSummary read(IngestListener listener) {
    if (file.equals("-")) {
      return DeclarationReader.read(System.in, format == null ? Format.CSV : format, listener);
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new UserInputException("no such file: " + file);
    }
    return DeclarationReader.read(path, format == null ? Format.detect(path) : format, listener);
  }

  private OutputStream openOutput() throws IOException {
    if (out == null) {
      return new BufferedOutputStream(new NonClosingOutputStream(System.out), 1 << 16);
    }
    return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
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
            + (asOf == null ? ", as of each declaration's date" : ", as of " + asOf)
            + "; assessments written to "
            + (out == null ? "standard output" : out.toString()));
    err.flush();
  }
}
