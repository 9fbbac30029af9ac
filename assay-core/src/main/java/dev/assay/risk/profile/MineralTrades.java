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
  private final Map<String, Trade> byExporter = new LruMap<>(StateBounds.EXPORTERS);

  private final List<TradeWords> tradeWords;

  /** Words of a company name that say what it trades (lexicon/company-trades.yaml). */
  record TradeWords(List<String> words, List<String> families) {}

  /** What one exporter is known to trade: families named in its name, and forms shipped. */
  private static final class Trade {
    final Set<String> named;
    final Map<String, Integer> shipped = new LinkedHashMap<>(4);

    Trade(Set<String> named) {
      this.named = named;
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
    Set<String> families = new LinkedHashSet<>();
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

  /** Records a declared line: a mineral form's code makes its exporter a trader of its family. */
  public synchronized void learn(Exporter exporter, GoodsLine line) {
    List<MineralForm> forms = prices.formsAt(line.hsCode());
    if (forms.isEmpty()) {
      return;
    }
    Trade trade = trade(exporter);
    for (MineralForm form : forms) {
      trade.shipped.merge(form.family(), 1, Integer::sum);
    }
  }

  private Trade trade(Exporter exporter) {
    return byExporter.computeIfAbsent(
        exporter.code().value(), k -> new Trade(namedFamilies(exporter.name())));
  }

  private Set<String> namedFamilies(String name) {
    Set<String> families = new LinkedHashSet<>();
    for (MineralMention mention : lexicon.find(name)) {
      families.addAll(familiesOf(mention.mineral()));
    }
    String normalized = GoodsText.normalize(name);
    for (TradeWords trade : tradeWords) {
      if (trade.words().stream().anyMatch(normalized::contains)) {
        families.addAll(trade.families());
      }
    }
    return Set.copyOf(families);
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
