package dev.assay.bench;

import dev.assay.screening.ListedParty;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.NameNormalizer;
import dev.assay.screening.matching.PartyMatch;
import dev.assay.screening.matching.PartyMatcher;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assay's party matcher against a plain Lucene fuzzy/n-gram matcher ({@link LuceneMatcher}) over
 * the same list of about 50,000 names and aliases and the same 2,000 queries (half true variants of
 * listed names, half companies not listed), in one run, on one thread. JMH measures queries per
 * second (Throughput) and the latency distribution (SampleTime: p99); the setup measures and prints
 * each matcher's precision, recall and F1 on the queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PartyMatchingBenchmark {
  static final int NAMES = 50_000;
  static final int QUERIES = 2_000;
  static final long SEED = 20260301L;
  static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private SyntheticParties data;
  private PartyMatcher assay;
  private LuceneMatcher lucene;
  private ScreenedParty[] parties;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    data = new SyntheticParties(NAMES, QUERIES, SEED);
    assay = new PartyMatcher(data.entries, NameNormalizer.standard(), MatchSettings.bundled());
    lucene = new LuceneMatcher(data.entries);
    parties = data.queries.stream().map(ScreenedParty::named).toArray(ScreenedParty[]::new);
    System.out.println();
    System.out.println(
        "List: "
            + data.entries.size()
            + " entries, "
            + assay.names()
            + " names; queries: "
            + QUERIES);
    System.out.println("Assay:  " + quality(q -> keys(assay.match(ScreenedParty.named(q), DAY))));
    System.out.println("Lucene: " + quality(lucene::match));
  }

  private static Set<String> keys(List<PartyMatch> matches) {
    return matches.stream().map(m -> m.entry().key()).collect(Collectors.toSet());
  }

  /**
   * Precision, recall and F1: a variant is found when its entry is flagged; an unlisted company is
   * a false positive when anything is.
   */
  String quality(Function<String, Set<String>> matcher) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < data.queries.size(); i++) {
      Set<String> flagged = matcher.apply(data.queries.get(i));
      String target = data.targets.get(i);
      if (target == null) {
        fp += flagged.isEmpty() ? 0 : 1;
      } else if (flagged.contains(target)) {
        tp++;
      } else {
        fn++;
      }
    }
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = (double) tp / (tp + fn);
    return String.format(
        Locale.ROOT, "precision %.3f recall %.3f F1 %.3f", p, r, 2 * p * r / (p + r));
  }

  private int nextQuery() {
    int i = next;
    next = i + 1 == parties.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public List<PartyMatch> assay() {
    return assay.match(parties[nextQuery()], DAY);
  }

  @Benchmark
  public Set<String> lucene() {
    return lucene.match(data.queries.get(nextQuery()));
  }

  /** For a quick look without JMH: builds both and prints their quality. */
  public static void main(String[] args) {
    PartyMatchingBenchmark b = new PartyMatchingBenchmark();
    b.setUp();
    ListedParty first = b.data.entries.getFirst();
    System.out.println("first entry: " + first.key());
  }
}
