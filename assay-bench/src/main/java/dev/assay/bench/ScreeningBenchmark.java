package dev.assay.bench;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestHandOff;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Detector;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.screening.RestrictedPartyDetector;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
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
 * same in-memory CSV of one million declarations. The ratio screen/parse is the cost of screening
 * on one thread; the pipelined variants parse on one core and screen on the other, as {@code assay
 * screen} does, so their ceiling is the slower of the two sides.
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
  private Screener screener;
  private Screener screenerWithParties;

  @Setup(Level.Trial)
  public void setUp() throws java.io.IOException {
    csv = BenchmarkDeclarations.csv(DECLARATIONS, 20261128L);
    ControlList controlList = ControlList.bundled();
    screener = Screener.standard(controlList, Optional.empty());
    List<Detector> detectors = new ArrayList<>(Screener.standardDetectors(controlList));
    detectors.add(RestrictedPartyDetector.shipped());
    screenerWithParties = new Screener(controlList, detectors, Scoring.bundled(), Optional.empty());
  }

  /** Baseline: CSV parsing, validation and grouping into declarations, nothing else. */
  @Benchmark
  public void parseOnly(Blackhole blackhole) {
    DeclarationReader.read(
        new ByteArrayInputStream(csv), Format.CSV, new Sink(blackhole, null, null));
  }

  /** Parsing, control-list determination of every line, detectors, scoring and JSON output. */
  @Benchmark
  public void screen(Blackhole blackhole) {
    try (AssessmentWriter writer = new AssessmentWriter(OutputStream.nullOutputStream())) {
      DeclarationReader.read(
          new ByteArrayInputStream(csv), Format.CSV, new Sink(blackhole, screener, writer));
    }
  }

  /** As {@link #screen}, plus restricted-party screening of every declaration's three parties. */
  @Benchmark
  public void screenWithParties(Blackhole blackhole) {
    try (AssessmentWriter writer = new AssessmentWriter(OutputStream.nullOutputStream())) {
      DeclarationReader.read(
          new ByteArrayInputStream(csv),
          Format.CSV,
          new Sink(blackhole, screenerWithParties, writer));
    }
  }

  /**
   * As {@link #screen}, the way {@code assay screen} runs it: parsing on this thread, screening and
   * output on a second one. The end-to-end figure on two cores.
   */
  @Benchmark
  public void screenPipelined(Blackhole blackhole) {
    try (AssessmentWriter writer = new AssessmentWriter(OutputStream.nullOutputStream());
        IngestHandOff screening =
            new IngestHandOff(new Sink(blackhole, screener, writer), "benchmark-screen")) {
      DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, screening);
    }
  }

  /** As {@link #screenWithParties}, on two cores as {@link #screenPipelined}. */
  @Benchmark
  public void screenWithPartiesPipelined(Blackhole blackhole) {
    try (AssessmentWriter writer = new AssessmentWriter(OutputStream.nullOutputStream());
        IngestHandOff screening =
            new IngestHandOff(
                new Sink(blackhole, screenerWithParties, writer), "benchmark-screen")) {
      DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, screening);
    }
  }

  private record Sink(Blackhole blackhole, Screener screener, AssessmentWriter writer)
      implements IngestListener {
    @Override
    public void accepted(Declaration declaration) {
      if (screener == null) {
        blackhole.consume(declaration);
      } else {
        writer.write(screener.screen(declaration));
      }
    }

    @Override
    public void rejected(RecordError error) {
      throw new IllegalStateException("benchmark data must be valid: " + error.describe());
    }
  }
}
