// CPU time of parsing alone (docs/performance.md, "Parsing, faster"): reads the first BYTES of a
// declaration CSV (cut after a whole line) into memory, then parses it RUNS times as `assay screen`
// does and prints the thread CPU time of each run. On a shared machine thread CPU time moves less
// than the wall time JMH measures; compare builds in separate processes, in turn, several times:
//
//   java -Xmx3g -cp assay-bench/target/benchmarks.jar assay-bench/scripts/ParseCpu.java s99.csv 100000000 7
import dev.assay.bench.ScriptInput;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

public class ParseCpu {
  public static void main(String[] args) throws Exception {
    byte[] csv = ScriptInput.csvHead(Path.of(args[0]), Integer.parseInt(args[1]));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] lines = new long[1];
    IngestListener count = ScriptInput.validOnly(d -> lines[0] += d.lines().size());
    for (int run = 0; run < Integer.parseInt(args[2]); run++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      IngestSummary summary = DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, count);
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      wall = System.nanoTime() - wall;
      System.out.printf(
          "run %d: cpu %d ms wall %d ms, %d declarations, %.0f a CPU second%n",
          run, cpu / 1_000_000, wall / 1_000_000, summary.declarationsAccepted(),
          summary.declarationsAccepted() * 1e9 / cpu);
    }
  }
}
