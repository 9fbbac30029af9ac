package dev.assay.bench;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestHandOff;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.license.InMemoryLicenseRepository;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Detector;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.ScreeningStream;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedPartyDetector;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Declarations per second through {@code assay screen}'s pipeline against parsing alone, on the
 * same in-memory CSV of one million simulated declarations (the trade simulator, default settings,
 * two years in date order, as customs would receive them). The ratio screen/parse is the cost of
 * screening; the pipelined variants parse on one thread and screen on another, as {@code assay
 * screen} does, so their ceiling is the slower of the two sides. The screening runs its detectors
 * on {@link Screener#defaultThreads()} threads, as {@code assay screen} does (one by default); the
 * {@code TwoThreads} variants spread them over two ({@code --screen-threads 2}).
 *
 * <p>Every run starts a fresh engine (detectors learn as they go, and party screening caches the
 * names it has seen), so each measures one screening of the whole stream as a customs office would
 * run it, not a replay that has learned the answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ScreeningBenchmark.DECLARATIONS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ScreeningBenchmark {
  static final int DECLARATIONS = 1_000_000;

  private byte[] csv;
  private List<License> licenses;
  private ControlList controlList;
  private Screener screener;
  private Screener screenerWithParties;

  @Setup(Level.Trial)
  public void setUp() throws java.io.IOException {
    controlList = ControlList.bundled();
    BenchmarkDeclarations.Simulated data =
        BenchmarkDeclarations.simulated(DECLARATIONS, 20261128L, controlList);
    csv = data.csv();
    licenses = data.licenses();
  }

  /**
   * The standard detectors with the license check; the second also screens every party against the
   * restricted-party lists and seeds the party network with them, as {@code assay screen} does.
   */
  @Setup(Level.Invocation)
  public void freshEngine() {
    InMemoryLicenseRepository repository = licensed(licenses);
    List<Detector> detectors = new ArrayList<>(Screener.standardDetectors(controlList));
    detectors.add(new LicenseViolationDetector(repository, true));
    screener = new Screener(controlList, detectors, Scoring.bundled(), Optional.empty());
    screenerWithParties = withParties(controlList, repository);
  }

  /**
   * The screener of the {@code ...WithParties} benchmarks, as {@code assay screen} runs with its
   * default lists: the standard detectors with party screening, the restricted-party detector and
   * the license check against {@code licenses}. Also for the scripts that time screening alone
   * ({@code assay-bench/scripts/ScreenCpu.java}).
   */
  public static Screener withParties(ControlList controlList, List<License> licenses) {
    return withParties(controlList, licensed(licenses));
  }

  private static Screener withParties(
      ControlList controlList, InMemoryLicenseRepository repository) {
    PartyScreening screening = PartyScreening.shipped();
    List<Detector> withParties =
        new ArrayList<>(Screener.standardDetectors(controlList, Optional.of(screening)));
    withParties.add(new RestrictedPartyDetector(screening));
    withParties.add(new LicenseViolationDetector(repository, true));
    return new Screener(controlList, withParties, Scoring.bundled(), Optional.empty());
  }

  private static InMemoryLicenseRepository licensed(List<License> licenses) {
    InMemoryLicenseRepository repository = new InMemoryLicenseRepository();
    LicenseChange issued =
        new LicenseChange(LicenseChange.Kind.ISSUED, Instant.EPOCH, "benchmark", "", "simulated");
    licenses.forEach(license -> repository.add(license, issued));
    return repository;
  }

  /** Baseline: CSV parsing, validation and grouping into declarations, nothing else. */
  @Benchmark
  public void parseOnly(Blackhole blackhole) {
    DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, new Sink(blackhole, null));
  }

  /**
   * Parsing, control-list determination of every line, detectors, scoring and JSON output, the
   * detectors on {@link Screener#defaultThreads()} threads as {@code assay screen} runs them (one
   * unless {@code -Dassay.screen.threads} says otherwise).
   */
  @Benchmark
  public void screen(Blackhole blackhole) {
    screen(blackhole, screener, THREADS, false);
  }

  /** As {@link #screen}, plus restricted-party screening of every declaration's three parties. */
  @Benchmark
  public void screenWithParties(Blackhole blackhole) {
    screen(blackhole, screenerWithParties, THREADS, false);
  }

  /**
   * As {@link #screenWithParties} with the detectors on two threads ({@code assay screen
   * --screen-threads 2}).
   */
  @Benchmark
  public void screenWithPartiesTwoThreads(Blackhole blackhole) {
    screen(blackhole, screenerWithParties, 2, false);
  }

  /**
   * As {@link #screen}, the way {@code assay screen} runs it: parsing on this thread, screening and
   * output on a second one. The end-to-end figure on two cores.
   */
  @Benchmark
  public void screenPipelined(Blackhole blackhole) {
    screen(blackhole, screener, THREADS, true);
  }

  /** As {@link #screenWithParties}, on two cores as {@link #screenPipelined}. */
  @Benchmark
  public void screenWithPartiesPipelined(Blackhole blackhole) {
    screen(blackhole, screenerWithParties, THREADS, true);
  }

  /** As {@link #screenWithPartiesPipelined} with the detectors on two threads. */
  @Benchmark
  public void screenWithPartiesPipelinedTwoThreads(Blackhole blackhole) {
    screen(blackhole, screenerWithParties, 2, true);
  }

  private static final int THREADS = Screener.defaultThreads();

  private void screen(Blackhole blackhole, Screener with, int threads, boolean pipelined) {
    try (AssessmentWriter writer = new AssessmentWriter(OutputStream.nullOutputStream());
        ScreeningStream stream =
            with.stream(
                threads,
                (declaration, assessment) -> {
                  blackhole.consume(assessment);
                  writer.write(assessment);
                })) {
      Sink sink = new Sink(blackhole, stream);
      if (pipelined) {
        try (IngestHandOff screening = new IngestHandOff(sink, "benchmark-screen")) {
          DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, screening);
        }
      } else {
        DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, sink);
      }
    }
  }

  private record Sink(Blackhole blackhole, ScreeningStream stream) implements IngestListener {
    @Override
    public void accepted(Declaration declaration) {
      if (stream == null) {
        blackhole.consume(declaration);
      } else {
        stream.accept(declaration);
      }
    }

    @Override
    public void rejected(RecordError error) {
      throw new IllegalStateException("benchmark data must be valid: " + error.describe());
    }
  }
}
