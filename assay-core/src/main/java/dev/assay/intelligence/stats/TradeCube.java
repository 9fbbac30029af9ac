package dev.assay.intelligence.stats;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.intelligence.MineralClassifier;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Exports by mineral, destination and month, gathered from declarations as they stream past: the
 * memory it takes grows with minerals x destinations x months, never with the number of
 * declarations. Feed it as an {@link IngestListener}; not thread-safe while filling, read-only
 * afterwards.
 */
public final class TradeCube implements IngestListener {

  /** One cell's coordinates. */
  public record Key(String mineral, String destination, YearMonth month) {}

  private final MineralClassifier classifier;
  private final Map<Key, double[]> cells = new HashMap<>();
  private long declarations;
  private long mineralLines;
  private long otherLines;
  private long rejected;
  private YearMonth first;
  private YearMonth last;

  public TradeCube(MineralClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public void accepted(Declaration declaration) {
    declarations++;
    YearMonth month = YearMonth.from(declaration.declaredAt());
    first = first == null || month.isBefore(first) ? month : first;
    last = last == null || month.isAfter(last) ? month : last;
    String destination = declaration.destination().value();
    for (GoodsLine line : declaration.lines()) {
      Optional<String> mineral = classifier.mineral(line.hsCode(), line.description());
      if (mineral.isEmpty()) {
        otherLines++;
        continue;
      }
      mineralLines++;
      double[] cell =
          cells.computeIfAbsent(new Key(mineral.get(), destination, month), k -> new double[3]);
      cell[0] += line.netWeightKg();
      cell[1] += line.valueUsd();
      cell[2]++;
    }
  }

  @Override
  public void rejected(RecordError error) {
    rejected++;
  }

  /** Adds one cell directly (tests, or statistics already aggregated elsewhere). */
  public void add(String mineral, String destination, YearMonth month, TradeCell cell) {
    first = first == null || month.isBefore(first) ? month : first;
    last = last == null || month.isAfter(last) ? month : last;
    double[] c = cells.computeIfAbsent(new Key(mineral, destination, month), k -> new double[3]);
    c[0] += cell.kg();
    c[1] += cell.usd();
    c[2] += cell.lines();
  }

  /** The sum over the cells a filter keeps. */
  public TradeCell sum(Predicate<Key> filter) {
    double kg = 0;
    double usd = 0;
    long lines = 0;
    for (Map.Entry<Key, double[]> e : cells.entrySet()) {
      if (filter.test(e.getKey())) {
        kg += e.getValue()[0];
        usd += e.getValue()[1];
        lines += (long) e.getValue()[2];
      }
    }
    return new TradeCell(kg, usd, lines);
  }

  /** A mineral's exports in a period, to the destinations given (all where the set is empty). */
  public TradeCell sum(String mineral, Set<String> destinations, Period period) {
    return sum(
        k ->
            k.mineral().equals(mineral)
                && period.contains(k.month())
                && (destinations.isEmpty() || destinations.contains(k.destination())));
  }

  public Set<String> minerals() {
    Set<String> minerals = new TreeSet<>();
    cells.keySet().forEach(k -> minerals.add(k.mineral()));
    return minerals;
  }

  public Set<String> destinations(String mineral) {
    Set<String> destinations = new TreeSet<>();
    cells.keySet().stream()
        .filter(k -> k.mineral().equals(mineral))
        .forEach(k -> destinations.add(k.destination()));
    return destinations;
  }

  public List<Key> keys() {
    return List.copyOf(cells.keySet());
  }

  /** The first month with a declaration, or empty before any. */
  public Optional<YearMonth> firstMonth() {
    return Optional.ofNullable(first);
  }

  public Optional<YearMonth> lastMonth() {
    return Optional.ofNullable(last);
  }

  public long declarations() {
    return declarations;
  }

  public long mineralLines() {
    return mineralLines;
  }

  /** Goods lines that are none of the list's minerals (or whose mineral the line does not say). */
  public long otherLines() {
    return otherLines;
  }

  public long rejected() {
    return rejected;
  }
}
