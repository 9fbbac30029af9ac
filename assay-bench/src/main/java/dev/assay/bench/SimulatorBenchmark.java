package dev.assay.bench;

import dev.assay.controllist.ControlList;
import dev.assay.ingest.DeclarationCsvWriter;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.license.LicenseCsvWriter;
import dev.assay.pipeline.HandOff;
import dev.assay.simulator.SimulatedDeclaration;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.simulator.reference.ReferenceData;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Declarations per second that {@code assay generate} makes: the simulator alone (the baseline:
 * each declaration built and handed to a consumer), and with the CSV contract or NDJSON written to
 * a writer that discards it. One invocation is one whole run of 500,000 declarations over 2024-2025
 * with default settings, so the figure includes building the population and the injection plan; the
 * control list and reference data are loaded once per trial. The heap is capped at 256 MB, which a
 * run that held its declarations would overflow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(SimulatorBenchmark.DECLARATIONS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class SimulatorBenchmark {
  static final int DECLARATIONS = 500_000;

  private SimulationSettings settings;
  private long seed;

  @Setup
  public void setUp() {
    ControlList.bundled();
    ReferenceData.bundled();
    settings = SimulationSettings.defaults().withDeclarations(DECLARATIONS);
  }

  /** Baseline: generation only; every declaration and license goes to the black hole. */
  @Benchmark
  public void generate(Blackhole blackhole) {
    new Simulator(settings.withSeed(++seed)).run(blackhole::consume, blackhole::consume);
  }

  /** Generation and the CSV contract with labels, plus the license file. */
  @Benchmark
  public void generateCsv() throws IOException {
    try (DeclarationCsvWriter csv = new DeclarationCsvWriter(Writer.nullWriter(), true);
        LicenseCsvWriter licenses = new LicenseCsvWriter(Writer.nullWriter())) {
      new Simulator(settings.withSeed(++seed))
          .run(d -> csv.write(d.declaration()), licenses::write);
    }
  }

  /**
   * As {@link #generateCsv}, with the declarations written on a second thread, as {@code assay
   * generate} does.
   */
  @Benchmark
  public void generateCsvHandOff() throws IOException {
    try (DeclarationCsvWriter csv = new DeclarationCsvWriter(Writer.nullWriter(), true);
        LicenseCsvWriter licenses = new LicenseCsvWriter(Writer.nullWriter());
        HandOff<SimulatedDeclaration> writing =
            new HandOff<>(d -> csv.write(d.declaration()), "benchmark-writer")) {
      new Simulator(settings.withSeed(++seed)).run(writing, licenses::write);
    }
  }

  /** Generation and NDJSON with labels. */
  @Benchmark
  public void generateNdjson() throws IOException {
    try (DeclarationJsonWriter json = new DeclarationJsonWriter(Writer.nullWriter(), true)) {
      new Simulator(settings.withSeed(++seed)).run(d -> json.write(d.declaration()), l -> {});
    }
  }
}
