package dev.assay.risk.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.lexicon.GoodsText;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.lexicon.MineralMention;
import dev.assay.price.GoodsValue;
import dev.assay.price.MineralForm;
import dev.assay.price.ReferencePrices;
import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mineral families each exporter is known to deal in, and the ordinary goods that pass for
 * them. An exporter deals in a family when its registered name says so (青岛某某石墨有限公司, "Jixi ...
 * Graphite Co.", 稀有金属 by lexicon/company-trades.yaml) or when it has declared one of the family's
 * traded forms before; the goods that pass for a family are the cover codes of the reference values
 * and the lookalike lexicon. Learned in stream order, so what an exporter is known for never
 * includes the declaration being judged. Thread-safe.
 */
public final class MineralTrades {
  private final MineralLexicon lexicon;
  private final Lookalikes lookalikes;
  private final ReferencePrices prices;
  private final Map<String, Set<String>> familiesOfMineral = new HashMap<>();

  /** At most {@link StateBounds#EXPORTERS}, the exporter seen longest ago forgotten first. */
  private final Map<String, Trade> byExporter;

  /**
   * The exporter {@link #trade} returned last and its trade: a goods line asks for its exporter's
   * trade two to four times (learn, tradesMinerals, range, families, known), and a declaration's
   * lines share their exporter. Always the most recently used entry of {@link #byExporter}, so
   * asking for it again would not change the map's order; it can only be evicted by the insertion
   * of another exporter, which replaces it here. Guarded, like the map, by this object's lock:
   * every public method that reaches {@link #trade} is synchronized.
   */
  private String lastExporter;

  private Trade lastTrade;

  private final List<TradeWords> tradeWords;

  /** Words of a company name that say what it trades (lexicon/company-trades.yaml). */
  record TradeWords(List<String> words, List<String> families) {}

  /** At most this many codes of one exporter's range are remembered; beyond, it ships anything. */
  static final int MAX_RANGE_CODES = 32;

  /**
   * At most this many consignees per code of a range are remembered, as hashes of their keys (a
   * collision only makes a new consignee look known): a range costs about 100 bytes a code.
   */
  static final int MAX_RANGE_CONSIGNEES = 8;

  /**
   * A code is in an exporter's established range once it shipped it this often, over at least
   * {@link #ESTABLISHED_DAYS} days. ASSUMPTION (policy): three shipments over four weeks is a
   * habit, not a one-off; a smuggler who wants a cover to look habitual must first ship it
   * honestly.
   */
  public static final int ESTABLISHED_SHIPMENTS = 3;

  public static final int ESTABLISHED_DAYS = 28;

  /**
   * The highest unit value of an established code is at most this many times its lowest.
   * ASSUMPTION: the reference bands of cover goods span a factor 1.4-1.7 (price/goods-values.csv),
   * a year of price moves adds some; 3 leaves room for both.
   */
  public static final double MAX_RANGE_SPREAD = 3;

  /** What one exporter is known to trade: families named in its name, and forms shipped. */
  private static final class Trade {
    final Set<String> named;
    final Map<String, Integer> shipped = new LinkedHashMap<>(4);
    Map<String, Goods> range;
    boolean rangeOverflow;

    Trade(Set<String> named) {
      this.named = named;
    }
  }

  /** One code an exporter has shipped: how often, when, at what unit values, to whom. */
  private static final class Goods {
    int shipments;
    LocalDate first;
    LocalDate last;
    double minUnitValue = Double.POSITIVE_INFINITY;
    double maxUnitValue;
    int[] consignees = new int[2];
    int consigneeCount;
    boolean moreConsignees;

    boolean knows(int consignee) {
      for (int i = 0; i < consigneeCount; i++) {
        if (consignees[i] == consignee) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What the exporter's history says of one code it declares now.
   *
   * @param shipments earlier declarations of the code by the exporter
   * @param first the first of them, or null
   * @param last the last of them, or null
   * @param minUnitValue the lowest unit value (USD/kg) declared for it, NaN when none
   * @param maxUnitValue the highest, NaN when none
   * @param consigneeSeen whether the consignee received the code from the exporter before (true
   *     also when more consignees received it than are remembered)
   * @param shipsAnything whether the exporter shipped more codes than are remembered, so that a
   *     code new to the memory says nothing
   */
  public record RangeEntry(
      int shipments,
      LocalDate first,
      LocalDate last,
      double minUnitValue,
      double maxUnitValue,
      boolean consigneeSeen,
      boolean shipsAnything) {

    /**
     * Shipped often enough, over long enough and at steady enough unit values to be the exporter's
     * product range: a by-product sold year after year keeps its price band; a code used now at the
     * cover's price and now at the mineral's does not.
     */
    public boolean established() {
      return shipments >= ESTABLISHED_SHIPMENTS
          && java.time.temporal.ChronoUnit.DAYS.between(first, last) >= ESTABLISHED_DAYS
          && !(maxUnitValue > MAX_RANGE_SPREAD * minUnitValue);
    }

    /** Never shipped by the exporter before (and its range is not too wide to tell). */
    public boolean isNew() {
      return shipments == 0 && !shipsAnything;
    }
  }

  /**
   * Why an exporter is known to trade a family.
   *
   * @param namedBy the term of its name that names the family, or null
   * @param shipments how many declarations of the family's traded forms it made before
   */
  public record Known(String family, String namedBy, int shipments) {}

  public MineralTrades(MineralLexicon lexicon, Lookalikes lookalikes, ReferencePrices prices) {
    this(lexicon, lookalikes, prices, StateBounds.EXPORTERS);
  }

  /** Remembering at most {@code exporters} exporters (for tests). */
  MineralTrades(
      MineralLexicon lexicon, Lookalikes lookalikes, ReferencePrices prices, int exporters) {
    this.byExporter = new LruMap<>(exporters);
    this.lexicon = lexicon;
    this.lookalikes = lookalikes;
    this.prices = prices;
    this.tradeWords = readTradeWords();
  }

  private static List<TradeWords> readTradeWords() {
    try (InputStream in = MineralTrades.class.getResourceAsStream("/lexicon/company-trades.yaml")) {
      List<TradeWords> entries = new ArrayList<>();
      for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(in)) {
        List<String> words = new ArrayList<>();
        entry.path("words").forEach(w -> words.add(GoodsText.normalize(w.asText())));
        List<String> families = new ArrayList<>();
        entry.path("families").forEach(f -> families.add(f.asText()));
        if (words.isEmpty() || families.isEmpty()) {
          throw new IllegalArgumentException(
              "lexicon/company-trades.yaml: every entry needs words and families: " + entry);
        }
        entries.add(new TradeWords(List.copyOf(words), List.copyOf(families)));
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The families whose goods are known to be passed off under this code; empty for most codes. */
  public Set<String> coveredBy(HsCode code) {
    LinkedHashSet<String> families = new LinkedHashSet<>();
    prices.goodsValue(code).map(GoodsValue::coverFor).ifPresent(families::addAll);
    lookalikes.find(code).ifPresent(l -> l.minerals().forEach(m -> families.addAll(familiesOf(m))));
    return families;
  }

  /** Of the given families, those the exporter is known to trade, with why; in the given order. */
  public synchronized List<Known> known(Exporter exporter, Set<String> families) {
    Trade trade = trade(exporter);
    return families.stream()
        .filter(f -> trade.named.contains(f) || trade.shipped.containsKey(f))
        .map(
            f ->
                new Known(
                    f,
                    trade.named.contains(f) ? exporter.name() : null,
                    trade.shipped.getOrDefault(f, 0)))
        .toList();
  }

  /** Whether the exporter is known to trade any mineral family (by its name or its shipments). */
  public synchronized boolean tradesMinerals(Exporter exporter) {
    Trade trade = trade(exporter);
    return !trade.named.isEmpty() || !trade.shipped.isEmpty();
  }

  /** The families the exporter is known to trade, named ones first. */
  public synchronized Set<String> families(Exporter exporter) {
    Trade trade = trade(exporter);
    Set<String> families = new LinkedHashSet<>(trade.named);
    families.addAll(trade.shipped.keySet());
    return families;
  }

  /** What the exporter's earlier declarations say of this code and consignee. */
  public synchronized RangeEntry range(Exporter exporter, HsCode code, String consignee) {
    Trade trade = trade(exporter);
    Goods goods = trade.range == null ? null : trade.range.get(code.value());
    if (goods == null) {
      return new RangeEntry(0, null, null, Double.NaN, Double.NaN, false, trade.rangeOverflow);
    }
    return new RangeEntry(
        goods.shipments,
        goods.first,
        goods.last,
        goods.minUnitValue == Double.POSITIVE_INFINITY ? Double.NaN : goods.minUnitValue,
        goods.maxUnitValue == 0 ? Double.NaN : goods.maxUnitValue,
        goods.moreConsignees || (consignee != null && goods.knows(consignee.hashCode())),
        trade.rangeOverflow);
  }

  /** Records a declared line: a mineral form's code makes its exporter a trader of its family. */
  public synchronized void learn(Exporter exporter, GoodsLine line) {
    learn(exporter, line, null, null);
  }

  /**
   * Records a declared line: a mineral form's code makes its exporter a trader of its family, and
   * every code joins the exporter's range with its date, unit value and consignee.
   */
  public synchronized void learn(
      Exporter exporter, GoodsLine line, LocalDate date, String consignee) {
    Trade trade = trade(exporter);
    for (MineralForm form : prices.formsAt(line.hsCode())) {
      trade.shipped.merge(form.family(), 1, Integer::sum);
    }
    if (date == null) {
      return;
    }
    if (trade.range == null) {
      trade.range = new HashMap<>(4);
    }
    Goods goods = trade.range.get(line.hsCode().value());
    if (goods == null) {
      if (trade.range.size() >= MAX_RANGE_CODES) {
        trade.rangeOverflow = true;
        return;
      }
      goods = new Goods();
      goods.first = date;
      trade.range.put(line.hsCode().value(), goods);
    }
    goods.shipments++;
    goods.last = goods.last == null || date.isAfter(goods.last) ? date : goods.last;
    if (line.netWeightKg() > 0 && line.valueUsd() > 0) {
      double unit = line.valueUsd() / line.netWeightKg();
      goods.minUnitValue = Math.min(goods.minUnitValue, unit);
      goods.maxUnitValue = Math.max(goods.maxUnitValue, unit);
    }
    if (consignee != null && !goods.knows(consignee.hashCode())) {
      if (goods.consigneeCount == MAX_RANGE_CONSIGNEES) {
        goods.moreConsignees = true;
      } else {
        if (goods.consigneeCount == goods.consignees.length) {
          goods.consignees = java.util.Arrays.copyOf(goods.consignees, MAX_RANGE_CONSIGNEES);
        }
        goods.consignees[goods.consigneeCount++] = consignee.hashCode();
      }
    }
  }

  /** The key a consignee is remembered by: its name as written, normalised, and its country. */
  public static String consigneeKey(dev.assay.declaration.Party consignee) {
    if (consignee == null || consignee.name() == null || consignee.name().isBlank()) {
      return null;
    }
    return GoodsText.normalize(consignee.name()) + "|" + consignee.country();
  }

  private Trade trade(Exporter exporter) {
    String code = exporter.code().value();
    if (code.equals(lastExporter)) {
      return lastTrade;
    }
    Trade trade = byExporter.computeIfAbsent(code, k -> new Trade(namedFamilies(exporter.name())));
    lastExporter = code;
    lastTrade = trade;
    return trade;
  }

  private Set<String> namedFamilies(String name) {
    LinkedHashSet<String> families = new LinkedHashSet<>();
    for (MineralMention mention : lexicon.find(name)) {
      families.addAll(familiesOf(mention.mineral()));
    }
    String normalized = GoodsText.normalize(name);
    for (TradeWords trade : tradeWords) {
      if (trade.words().stream().anyMatch(normalized::contains)) {
        families.addAll(trade.families());
      }
    }
    // In the order found, not Set.copyOf: the first family is the one reported, and Set.copyOf
    // iterates in an order salted per JVM (issue 18).
    return Collections.unmodifiableSequencedSet(families);
  }

  private Set<String> familiesOf(String mineral) {
    return familiesOfMineral.computeIfAbsent(
        mineral,
        m -> {
          LinkedHashSet<String> families = new LinkedHashSet<>();
          for (MineralForm form : prices.forms()) {
            if (form.carries(m)) {
              families.add(form.family());
            }
          }
          // Not Set.copyOf: its iteration order changes from one JVM to the next, and the first
          // family known to the exporter is the one reported (issue 18: evidence differed by run).
          return Collections.unmodifiableSequencedSet(families);
        });
  }
}
