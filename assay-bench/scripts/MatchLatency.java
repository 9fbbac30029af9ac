// Warm latency of one query against a large list, on one thread, with only the public API, so the
// same file runs against any version's jar (compared in one run by match-latency.sh):
//
//   java -cp assay-cli/target/assay.jar assay-bench/scripts/MatchLatency.java LIST.csv QUERIES.txt
//
// Builds the matcher over the watch-list CSV, runs every query PASSES times as warm-up, then times
// each query of PASSES more passes and prints p50, p99 and the maximum.
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
    int k = 0;
    for (int p = 0; p < PASSES; p++) {
      for (ScreenedParty q : queries) {
        long t = System.nanoTime();
        sink += matcher.match(q, day).size();
        nanos[k++] = System.nanoTime() - t;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%d names, %d queries x %d: p50 %.3f ms, p99 %.3f ms, max %.3f ms (matches %d)%n",
        matcher.names(),
        queries.length,
        PASSES,
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        sink);
  }
}
