package dev.assay.risk;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.risk.detector.MisdeclaredGoodsDetector;
import dev.assay.risk.detector.NetworkRiskDetector;
import dev.assay.risk.detector.TransshipmentRiskDetector;
import dev.assay.risk.detector.ValueAnomalyDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A screener's detectors split into groups that share no mutable state, one group per thread: group
 * 0 runs on the stream's own thread, the others each on a worker. Each group keeps its detectors in
 * the screener's order, and {@link #findings} joins the groups' findings back into that order, so a
 * declaration's findings are the ones one thread would have found, in the same order.
 *
 * <p>Which detectors share state (docs/performance.md, "Detectors on two threads"): the
 * transshipment and network detectors share one {@code PartyKeys} (its caches are thread-safe and
 * hold pure functions of a party, but the two stay on one thread anyway); the network detector and
 * the restricted-party detector share a {@code PartyScreening}, whose caches (Caffeine) hold pure
 * functions of a name and are thread-safe; the misdeclared-goods, value and profile detectors share
 * {@code Lookalikes}, whose memo of a code's entry is a {@code ConcurrentHashMap} of a pure
 * function, and the reference prices, which do not change. Everything else a detector learns is its
 * own. So the workers take four detectors that cost the screening thread about half its time on one
 * thread ("Inside the screening thread": network 21%, misdeclared goods 20%, value 7%,
 * transshipment 5%); every other detector, known or not, stays on the stream's thread with the
 * enrichment, the scoring and the writing.
 */
final class DetectorGroups {
  private final List<Detector> all;
  private final Detector[][] groups;

  /** For each group, the position in {@link #all} of each of its detectors. */
  private final int[][] positions;

  /** For each detector of {@link #all}, its group and its place in that group. */
  private final int[] groupOf;

  private final int[] placeInGroup;

  private DetectorGroups(List<Detector> all, List<List<Integer>> groups) {
    this.all = all;
    this.groups = new Detector[groups.size()][];
    this.positions = new int[groups.size()][];
    this.groupOf = new int[all.size()];
    this.placeInGroup = new int[all.size()];
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      this.groups[g] = new Detector[members.size()];
      this.positions[g] = new int[members.size()];
      for (int k = 0; k < members.size(); k++) {
        int i = members.get(k);
        this.groups[g][k] = all.get(i);
        this.positions[g][k] = i;
        groupOf[i] = g;
        placeInGroup[i] = k;
      }
    }
  }

  /**
   * The groups for {@code threads} threads: with 2, the workers' four detectors on one worker; with
   * 3 or more, misdeclared goods and value on one worker and transshipment with the network (which
   * share their party keys) on another. With 1, or where the list has none of those detectors, one
   * group: every detector on the stream's thread.
   */
  static DetectorGroups of(List<Detector> detectors, int threads) {
    List<Integer> own = new ArrayList<>();
    List<Integer> goods = new ArrayList<>();
    List<Integer> parties = new ArrayList<>();
    for (int i = 0; i < detectors.size(); i++) {
      Detector d = detectors.get(i);
      if (threads >= 2
          && (d instanceof MisdeclaredGoodsDetector || d instanceof ValueAnomalyDetector)) {
        goods.add(i);
      } else if (threads >= 2
          && (d instanceof TransshipmentRiskDetector || d instanceof NetworkRiskDetector)) {
        parties.add(i);
      } else {
        own.add(i);
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    groups.add(own);
    if (threads >= 3) {
      for (List<Integer> worker : List.of(goods, parties)) {
        if (!worker.isEmpty()) {
          groups.add(worker);
        }
      }
    } else {
      List<Integer> worker = new ArrayList<>(goods);
      worker.addAll(parties);
      worker.sort(null);
      if (!worker.isEmpty()) {
        groups.add(worker);
      }
    }
    return new DetectorGroups(List.copyOf(detectors), groups);
  }

  /**
   * Two groups: the detectors {@code onWorker} accepts on a worker, the others on the stream's
   * thread (for tests, which put detectors of their own on the worker).
   */
  static DetectorGroups of(
      List<Detector> detectors, java.util.function.Predicate<Detector> onWorker) {
    List<Integer> own = new ArrayList<>();
    List<Integer> worker = new ArrayList<>();
    for (int i = 0; i < detectors.size(); i++) {
      (onWorker.test(detectors.get(i)) ? worker : own).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>();
    groups.add(own);
    if (!worker.isEmpty()) {
      groups.add(worker);
    }
    return new DetectorGroups(List.copyOf(detectors), groups);
  }

  /** How many groups run on workers (0: everything on the stream's thread). */
  int workers() {
    return groups.length - 1;
  }

  int size() {
    return groups.length;
  }

  int detectorCount() {
    return all.size();
  }

  Detector[] detectors(int group) {
    return groups[group];
  }

  /** The simple class names of each group's detectors, for thread names and reports. */
  String describe(int group) {
    StringBuilder out = new StringBuilder();
    for (Detector d : groups[group]) {
      if (!out.isEmpty()) {
        out.append(", ");
      }
      out.append(d.getClass().getSimpleName());
    }
    return out.toString();
  }

  /** Runs one group's detectors on a declaration, keeping where each one's findings end. */
  void inspect(int group, EnrichedDeclaration enriched, ScreeningStream.Slot slot) {
    Detector[] detectors = groups[group];
    int[] at = positions[group];
    Consumer<Finding> sink = slot.sink(group);
    for (int k = 0; k < detectors.length; k++) {
      detectors[k].inspect(enriched, sink);
      slot.ends[at[k]] = slot.found(group);
    }
  }

  /** One group's detectors learn an outcome. */
  void learn(int group, Declaration declaration, Outcome outcome) {
    for (Detector d : groups[group]) {
      d.learnOutcome(declaration, outcome);
    }
  }

  /** A declaration's findings, every group's joined in the order of the screener's detectors. */
  List<Finding> findings(ScreeningStream.Slot slot) {
    int nonEmpty = -1;
    int groupsWithFindings = 0;
    for (int g = 0; g < groups.length; g++) {
      if (slot.found(g) > 0) {
        nonEmpty = g;
        groupsWithFindings++;
      }
    }
    if (groupsWithFindings == 0) {
      return new ArrayList<>(0);
    }
    if (groupsWithFindings == 1) {
      // each group's findings are already in detector order
      return slot.list(nonEmpty);
    }
    List<Finding> joined = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      int g = groupOf[i];
      int k = placeInGroup[i];
      int from = k == 0 ? 0 : slot.ends[positions[g][k - 1]];
      int to = slot.ends[i];
      List<Finding> list = slot.list(g);
      for (int j = from; j < to; j++) {
        joined.add(list.get(j));
      }
    }
    return joined;
  }
}
