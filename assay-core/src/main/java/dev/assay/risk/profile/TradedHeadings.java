package dev.assay.risk.profile;

import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The HS headings each exporter has declared and each consignee has received, so that a lot can be
 * judged against both parties' trade: goods that neither party has ever traded belong to neither
 * business. Both tables are bounded like the rest of the learned state: a consignee is one more
 * entry per new name, and on a stream rich in names that would grow without end.
 */
public final class TradedHeadings {
  private final Map<String, Set<String>> byExporter;
  private final Map<Integer, Set<String>> byConsignee;

  /** Bounded as {@link StateBounds#EXPORTERS} and {@link StateBounds#CONSIGNEE_HEADINGS}. */
  public TradedHeadings() {
    this(StateBounds.EXPORTERS, StateBounds.CONSIGNEE_HEADINGS);
  }

  /**
   * @param maxExporters the most exporters remembered
   * @param maxConsignees the most consignees remembered
   */
  public TradedHeadings(int maxExporters, int maxConsignees) {
    this.byExporter = new LruMap<>(maxExporters);
    this.byConsignee = new LruMap<>(maxConsignees);
  }

  /** The headings the exporter has declared so far; empty for one never seen (or forgotten). */
  public Set<String> ofExporter(String exporter) {
    Set<String> headings = byExporter.get(exporter);
    return headings == null ? Set.of() : headings;
  }

  /**
   * The headings the consignee (its normalised name's hash) has received so far, or {@code null}
   * when it was never seen: a consignee seen before with none of a heading differs from a new one.
   */
  public Set<String> ofConsignee(int consignee) {
    return byConsignee.get(consignee);
  }

  /** Learns that the exporter declared the heading to the consignee. */
  public void learn(String exporter, int consignee, String heading) {
    byExporter.computeIfAbsent(exporter, k -> new HashSet<>(4)).add(heading);
    byConsignee.computeIfAbsent(consignee, k -> new HashSet<>(4)).add(heading);
  }

  /** Exporters remembered. */
  public int exporters() {
    return byExporter.size();
  }

  /** Consignees remembered. */
  public int consignees() {
    return byConsignee.size();
  }
}
