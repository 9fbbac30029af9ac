// CPU time of screening alone, on one thread (docs/performance.md, "Less work per declaration"):
// reads the first BYTES of a declaration CSV (cut after a whole line) and parses it once into a
// list (not timed), then RUNS times builds a fresh screener as the benchmarks build
// screenerWithParties (ScreeningBenchmark.withParties: standard detectors with party screening,
// the restricted-party detector, the license check) and screens the list on this thread (`stream(1, ...)`), printing
// the thread CPU time of each screening (building the screener is not timed, and no JSON is
// written). Licenses: none unless `--licenses FILE` (a license CSV) follows, so that the license
// check flags what `assay screen` without --licenses flags. The checksum over the assessments
// (id, lane, score, finding codes, in order) tells whether two builds screen identically.
// Compare builds in separate processes, in turn, several times:
//
//   java -Xmx3g -cp assay-bench/target/benchmarks.jar assay-bench/scripts/ScreenCpu.java s99.csv 60000000 7
import dev.assay.bench.ScreeningBenchmark;
import dev.assay.bench.ScriptInput;
import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.license.License;
import dev.assay.risk.Finding;
import dev.assay.risk.Screener;
import dev.assay.risk.ScreeningStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

public class ScreenCpu {
  public static void main(String[] args) throws Exception {
    byte[] csv = ScriptInput.csvHead(Path.of(args[0]), Integer.parseInt(args[1]));
    int runs = Integer.parseInt(args[2]);
    List<License> licenses =
        args.length > 4 && args[3].equals("--licenses")
            ? ScriptInput.licenses(Path.of(args[4]))
            : List.of();

    List<Declaration> declarations = ScriptInput.declarations(csv);
    System.out.printf("%d declarations, %d licenses%n", declarations.size(), licenses.size());

    ControlList controlList = ControlList.bundled();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < runs; run++) {
      Screener screener = ScreeningBenchmark.withParties(controlList, licenses);
      long[] checksum = new long[1];
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      try (ScreeningStream stream =
          screener.stream(
              1,
              (declaration, assessment) -> {
                StringBuilder key =
                    new StringBuilder(assessment.declarationId())
                        .append(assessment.lane().name())
                        .append(assessment.score());
                for (Finding finding : assessment.findings()) {
                  key.append(finding.code().name());
                }
                checksum[0] = checksum[0] * 31 + key.toString().hashCode();
              })) {
        for (Declaration declaration : declarations) {
          stream.accept(declaration);
        }
      }
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      wall = System.nanoTime() - wall;
      System.out.printf(
          "run %d: cpu %d ms wall %d ms, %.0f a CPU second, checksum %016x%n",
          run, cpu / 1_000_000, wall / 1_000_000, declarations.size() * 1e9 / cpu, checksum[0]);
    }
  }
}
