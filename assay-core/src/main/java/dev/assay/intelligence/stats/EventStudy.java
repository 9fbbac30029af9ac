package dev.assay.intelligence.stats;

import dev.assay.controllist.Clause;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Measure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event-study view: for each measure of the control list that controls goods (or restricts a
 * destination for some minerals), each of its minerals' exports in the {@code window} whole months
 * before the effective date against the {@code window} whole months after, by destination, with
 * emerging hubs flagged by a {@link HubTest}. The month of the effective date belongs to the after
 * window when the measure took effect on its first day, and to neither otherwise (it is split).
 * Measures whose windows the data do not cover are left out.
 */
public final class EventStudy {
  private final TradeCube cube;
  private final int window;
  private final HubTest test;

  public EventStudy(TradeCube cube, int window, HubTest test) {
    if (window < 1) {
      throw new IllegalArgumentException("the window is at least one month: " + window);
    }
    this.cube = cube;
    this.window = window;
    this.test = test;
  }

  public List<EventResult> run(ControlList list) {
    List<EventResult> results = new ArrayList<>();
    if (cube.firstMonth().isEmpty()) {
      return results;
    }
    for (Measure measure : list.measures()) {
      for (String mineral : minerals(measure)) {
        if (cube.minerals().contains(mineral)) {
          study(measure, mineral).ifPresent(results::add);
        }
      }
    }
    return results;
  }

  /** One measure and one mineral, if the data cover both windows. */
  public java.util.Optional<EventResult> study(Measure measure, String mineral) {
    LocalDate effective = measure.effective();
    YearMonth month = YearMonth.from(effective);
    YearMonth afterStart = effective.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    Period before = Period.of(month.minusMonths(window), month.minusMonths(1));
    Period after = Period.of(afterStart, afterStart.plusMonths(window - 1));
    if (before.from().isBefore(cube.firstMonth().orElseThrow())
        || after.to().isAfter(cube.lastMonth().orElseThrow())) {
      return java.util.Optional.empty();
    }
    TradeCell totalBefore = cube.sum(mineral, Set.of(), before);
    TradeCell totalAfter = cube.sum(mineral, Set.of(), after);
    if (totalBefore.lines() + totalAfter.lines() == 0) {
      return java.util.Optional.empty();
    }
    List<DestinationShift> shifts = new ArrayList<>();
    for (String d : cube.destinations(mineral)) {
      TradeCell b = cube.sum(mineral, Set.of(d), before);
      TradeCell a = cube.sum(mineral, Set.of(d), after);
      if (a.lines() + b.lines() == 0) {
        continue;
      }
      double shareBefore = totalBefore.kg() == 0 ? 0 : b.kg() / totalBefore.kg();
      double shareAfter = totalAfter.kg() == 0 ? 0 : a.kg() / totalAfter.kg();
      double z = HubTest.z(b.lines(), totalBefore.lines(), a.lines(), totalAfter.lines());
      DestinationShift shift =
          new DestinationShift(
              d, b.kg(), a.kg(), shareBefore, shareAfter, b.lines(), a.lines(), z, false);
      shifts.add(
          new DestinationShift(
              d,
              b.kg(),
              a.kg(),
              shareBefore,
              shareAfter,
              b.lines(),
              a.lines(),
              z,
              test.isHub(shift)));
    }
    shifts.sort(Comparator.comparingDouble(DestinationShift::shareAfter).reversed());
    double change = totalBefore.kg() == 0 ? Double.NaN : totalAfter.kg() / totalBefore.kg() - 1;
    return java.util.Optional.of(
        new EventResult(
            measure.id(),
            measure.basis(),
            effective,
            mineral,
            before,
            after,
            totalBefore.kg(),
            totalAfter.kg(),
            change,
            shifts));
  }

  /** The minerals a measure reaches: those of its items, or of its destination clauses. */
  static Set<String> minerals(Measure measure) {
    Set<String> minerals = new TreeSet<>();
    for (ControlledItem item : measure.items()) {
      minerals.add(item.mineral());
    }
    for (Clause clause : measure.clauses()) {
      clause.appliesTo().ifPresent(scope -> minerals.addAll(scope.minerals()));
    }
    return minerals;
  }

  public HubTest test() {
    return test;
  }

  public int window() {
    return window;
  }
}
