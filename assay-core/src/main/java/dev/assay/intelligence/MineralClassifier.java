package dev.assay.intelligence;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.ListedItem;
import dev.assay.controllist.Measure;
import dev.assay.controllist.ReferenceCode;
import dev.assay.declaration.HsCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which mineral a goods line is, through the control list's items rather than a hand-kept list of
 * HS codes: the items whose reference codes the line's code falls under (whatever the date, so that
 * trade before a measure counts too) and, where the code is shared, the item terms its description
 * names. Thread-safe.
 *
 * <p>{@link Scope#FAMILY} also counts the other commodity numbers of a listed item's 8-digit tariff
 * line (antimony trioxide below 99.99% beside the controlled 2825800010): customs statistics of
 * "antimony products" count every grade, and so do the published figures they are compared with.
 */
public final class MineralClassifier {

  /** Which goods lines count for a mineral. */
  public enum Scope {
    /** Only lines under a listed item's reference code. */
    CONTROLLED,
    /** Also the other commodity numbers of the listed items' 8-digit tariff lines. */
    FAMILY
  }

  /** The generic family name that a specific rare earth named in the same line beats. */
  private static final String GENERIC = "rare-earth";

  private record Candidate(ControlledItem item, boolean conclusive) {}

  private final ControlList list;
  private final Scope scope;
  private final Map<String, List<Candidate>> byTariffLine = new HashMap<>();
  private final Map<String, Set<String>> byHs6 = new HashMap<>();
  private final Map<String, List<Candidate>> memo = new ConcurrentHashMap<>();

  public MineralClassifier(ControlList list, Scope scope) {
    this.list = list;
    this.scope = scope;
    for (Measure measure : list.measures()) {
      for (ControlledItem item : measure.items()) {
        for (ReferenceCode code : item.hsCodes()) {
          String digits = code.code().value();
          byTariffLine
              .computeIfAbsent(digits.substring(0, 8), k -> new ArrayList<>())
              .add(new Candidate(item, false));
          byHs6.computeIfAbsent(digits.substring(0, 6), k -> new TreeSet<>()).add(item.mineral());
        }
      }
    }
  }

  public Scope scope() {
    return scope;
  }

  /**
   * The mineral of a goods line, or empty where the list has no item for its code, or the code is
   * shared and the description names none (or several) of the items under it.
   */
  public Optional<String> mineral(HsCode code, String description) {
    List<Candidate> candidates = memo.computeIfAbsent(code.value(), k -> candidates(code));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
    Set<String> named = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    boolean conclusive = true;
    for (Candidate c : candidates) {
      all.add(c.item().mineral());
      conclusive &= c.conclusive();
      for (String term : c.item().terms()) {
        if (text.contains(term.toLowerCase(Locale.ROOT))) {
          named.add(c.item().mineral());
          break;
        }
      }
    }
    if (named.size() > 1) {
      named.remove(GENERIC);
    }
    if (named.size() == 1) {
      return Optional.of(named.iterator().next());
    }
    if (named.isEmpty() && all.size() == 1 && conclusive) {
      return Optional.of(all.iterator().next());
    }
    return Optional.empty();
  }

  /**
   * The minerals whose listed items have a reference code under a 6-digit HS subheading, the level
   * of international trade statistics (several where the subheading is shared, such as 811292).
   */
  public Set<String> mineralsOfSubheading(String hs6) {
    return byHs6.getOrDefault(hs6, Set.of());
  }

  /** Every subheading the list's items reach, with their minerals. */
  public Map<String, Set<String>> subheadings() {
    return Map.copyOf(byHs6);
  }

  private List<Candidate> candidates(HsCode code) {
    List<Candidate> found = new ArrayList<>();
    for (ListedItem listed : list.itemsFor(code)) {
      found.add(new Candidate(listed.item(), listed.referenceCode().conclusive()));
    }
    if (found.isEmpty() && scope == Scope.FAMILY) {
      // Siblings in the tariff line count as conclusive only where they share one mineral.
      List<Candidate> siblings = byTariffLine.getOrDefault(code.tariffLine(), List.of());
      boolean oneMineral = siblings.stream().map(c -> c.item().mineral()).distinct().count() == 1;
      siblings.forEach(c -> found.add(new Candidate(c.item(), oneMineral)));
    }
    return List.copyOf(found);
  }
}
