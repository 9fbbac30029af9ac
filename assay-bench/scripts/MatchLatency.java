// Warm latency of one query against a large list, on one thread, with only the public API, so the
// same file runs against any version's jar (compared in one run by match-latency.sh):
//
//   java -cp assay-cli/target/assay.jar assay-bench/scripts/MatchLatency.java LIST.csv QUERIES.txt
//
// Builds the matcher over the watch-list CSV, runs every query PASSES times as warm-up, then times
// each query of PASSES more passes and prints p50, p99 and the maximum, of the wall time and of the
// thread's CPU time.
import dev.assay.screening.ListedParty;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.lists.ListFormat;
import dev.assay.screening.lists.ListImporter;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.NameNormalizer;
import dev.assay.screening.matching.PartyMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

public class MatchLatency {
  static final int PASSES = 10;

  public static void main(String[] args) throws Exception {
    LocalDate day = LocalDate.of(2026, 12, 1);
    List<ListedParty> entries =
        ListImporter.read(ListFormat.WATCHLIST_CSV, List.of(Path.of(args[0])), "synthetic", day)
            .lists()
            .getFirst()
            .entries();
    PartyMatcher matcher =
        new PartyMatcher(entries, NameNormalizer.standard(), MatchSettings.bundled());
    ScreenedParty[] queries =
        Files.readAllLines(Path.of(args[1])).stream()
            .map(ScreenedParty::named)
            .toArray(ScreenedParty[]::new);
    long sink = 0;
    for (int p = 0; p < PASSES; p++) {
      for (ScreenedParty q : queries) {
        sink += matcher.match(q, day).size();
      }
    }
    long[] nanos = new long[PASSES * queries.length];
    // The thread's CPU time per query as well: on a shared machine other processes stretch the
    // wall time of some queries (the p99 follows the load), not the CPU time the query needs.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] cpu = new long[nanos.length];
    int k = 0;
    for (int p = 0; p < PASSES; p++) {
      for (ScreenedParty q : queries) {
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        sink += matcher.match(q, day).size();
        nanos[k] = System.nanoTime() - t;
        cpu[k++] = threads.getCurrentThreadCpuTime() - c;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(
        "%d names, %d queries x %d: p50 %.3f ms, p99 %.3f ms, max %.3f ms (matches %d)%n",
        matcher.names(),
        queries.length,
        PASSES,
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        sink);
    System.out.printf(
        "thread CPU time per query: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
        cpu[cpu.length / 2] / 1e6,
        cpu[(int) (cpu.length * 0.99)] / 1e6,
        cpu[cpu.length - 1] / 1e6);
  }
}
