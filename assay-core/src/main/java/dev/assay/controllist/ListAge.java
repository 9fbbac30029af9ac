package dev.assay.controllist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How old the control list's data may be on a date: the suspensions that ran out with no later
 * announcement recorded about what they suspended (MOFCOM-GAC 2025 No. 70 until 2026-11-10, MOFCOM
 * 2025 No. 72 until 2026-11-27 in the shipped data), and the age of the newest announcement.
 *
 * <p>A follow-up is recorded when a measure issued after the suspending announcement either
 * suspends the same measure again (an extension) or names the suspended measure's id or the
 * suspending measure's id in its note (an INFORMATIONAL record that the measures resumed, or were
 * lifted). Adding one is a data change, like any announcement.
 */
public final class ListAge {

  /**
   * The default age limit. The longest gap between two shipped announcements is 300 days
   * (2023-10-20 to 2024-08-15), the usual one two to four months: after half a year without any
   * announcement recorded, the data are worth checking.
   */
  public static final int DEFAULT_MAX_AGE_DAYS = 180;

  /** A suspension whose end has passed, with what it suspended. */
  public record Lapse(
      Measure suspended,
      Suspension suspension,
      Measure suspendedBy,
      LocalDate lapsedOn,
      Optional<Measure> followUp,
      String basis) {

    /** Whether a later announcement about the suspended measure is recorded. */
    public boolean followedUp() {
      return followUp.isPresent();
    }
  }

  private final ControlList list;
  private final int maxAgeDays;
  private final List<Lapse> lapses;
  private final LocalDate newest;
  private final LocalDate staleFrom;
  private final Measure newestMeasure;
  private final Map<String, List<Lapse>> byBasis = new LinkedHashMap<>();

  public ListAge(ControlList list, int maxAgeDays) {
    if (maxAgeDays < 1) {
      throw new IllegalArgumentException("the age limit is at least one day: " + maxAgeDays);
    }
    this.list = list;
    this.maxAgeDays = maxAgeDays;
    this.newestMeasure =
        list.measures().stream().max(Comparator.comparing(Measure::issued)).orElse(null);
    this.newest = newestMeasure == null ? null : newestMeasure.issued();
    this.staleFrom = newest == null ? null : newest.plusDays(maxAgeDays + 1L);
    List<Lapse> found = new ArrayList<>();
    for (Measure by : list.measures()) {
      for (Suspension s : by.suspensions()) {
        Optional<Measure> suspended = list.measure(s.measure());
        if (s.until().isEmpty() || suspended.isEmpty()) {
          continue;
        }
        for (String basis : bases(suspended.get(), s)) {
          Lapse lapse =
              new Lapse(
                  suspended.get(),
                  s,
                  by,
                  s.until().get().plusDays(1),
                  followUp(suspended.get(), by),
                  basis);
          found.add(lapse);
          byBasis.computeIfAbsent(basis, k -> new ArrayList<>()).add(lapse);
        }
      }
    }
    this.lapses = List.copyOf(found);
  }

  public int maxAgeDays() {
    return maxAgeDays;
  }

  /** Every suspension with an end date, followed up or not, in order of issue. */
  public List<Lapse> lapses() {
    return lapses;
  }

  /** The suspensions that have run out by the date with no follow-up recorded. */
  public List<Lapse> unfollowedLapses(LocalDate date) {
    return lapses.stream().filter(l -> !l.followedUp() && !date.isBefore(l.lapsedOn())).toList();
  }

  /** The issue date of the newest announcement in the list. */
  public Optional<LocalDate> newestAnnouncement() {
    return Optional.ofNullable(newest);
  }

  /** The data-age warning on a date, if the newest announcement is older than the limit. */
  public Optional<StaleWarning> dataAge(LocalDate date) {
    if (newest == null) {
      return Optional.empty();
    }
    long age = ChronoUnit.DAYS.between(newest, date);
    if (age <= maxAgeDays) {
      return Optional.empty();
    }
    return Optional.of(
        new StaleWarning(
            StaleWarning.Kind.DATA_AGE,
            newestMeasure.id(),
            newestMeasure.basis(),
            newest.plusDays(maxAgeDays + 1),
            String.format(
                Locale.ROOT,
                "the newest announcement in the control list (%s, issued %s) is %d days older than"
                    + " %s (limit %d days): later announcements may be missing",
                newestMeasure.basis(),
                newest,
                age,
                date,
                maxAgeDays)));
  }

  /**
   * The warnings for a determination made as of a date: one for each measure it rests on whose
   * suspension ran out with no follow-up, and the data-age warning.
   */
  public List<StaleWarning> warnings(Determination determination, LocalDate asOf) {
    List<StaleWarning> warnings = new ArrayList<>();
    for (AppliedMeasure applied : determination.measures()) {
      warningFor(applied.basis(), asOf).ifPresent(w -> addOnce(warnings, w));
      // A clause determination also rests on the item measure's own suspensions, and vice versa.
      warningFor(applied.measure().basis(), asOf).ifPresent(w -> addOnce(warnings, w));
    }
    dataAge(asOf).ifPresent(warnings::add);
    return warnings;
  }

  /** The determination with its warnings as of a date added. */
  public Determination annotate(Determination determination, LocalDate asOf) {
    // The screening path asks this for every goods line: most rest on no measure and are young.
    if (determination.measures().isEmpty()
        && determination.warnings().isEmpty()
        && (staleFrom == null || asOf.isBefore(staleFrom))) {
      return determination;
    }
    List<StaleWarning> warnings = warnings(determination, asOf);
    return warnings.isEmpty() ? determination : determination.withWarnings(warnings);
  }

  /**
   * The lapsed-suspension warning for what a finding or measure cites ("MOFCOM 2024 No. 46, clause
   * 2", "MOFCOM-GAC 2025 No. 57") on a date, if that basis lapsed by then with no follow-up.
   */
  public Optional<StaleWarning> warningFor(String basis, LocalDate asOf) {
    for (Lapse lapse : byBasis.getOrDefault(basis, List.of())) {
      if (!lapse.followedUp() && !asOf.isBefore(lapse.lapsedOn())) {
        return Optional.of(warning(lapse));
      }
    }
    return Optional.empty();
  }

  public StaleWarning warning(Lapse lapse) {
    return new StaleWarning(
        StaleWarning.Kind.LAPSED_SUSPENSION,
        lapse.suspended().id(),
        lapse.basis(),
        lapse.lapsedOn(),
        String.format(
            Locale.ROOT,
            "%s was suspended by %s until %s; no later announcement is recorded, so it is treated"
                + " as in force again from %s: check whether the suspension was extended",
            lapse.basis(),
            lapse.suspendedBy().basis(),
            lapse.suspension().until().orElseThrow(),
            lapse.lapsedOn()));
  }

  /** What a suspension makes stale, as reports cite it: the measure, or each suspended clause. */
  private static List<String> bases(Measure suspended, Suspension s) {
    if (s.clauses().isEmpty()) {
      return List.of(suspended.basis());
    }
    List<String> bases = new ArrayList<>();
    for (String id : s.clauses()) {
      bases.add(suspended.clause(id).map(suspended::basis).orElse(suspended.basis()));
    }
    return bases.stream().distinct().toList();
  }

  private Optional<Measure> followUp(Measure suspended, Measure by) {
    for (Measure m : list.measures()) {
      if (m == by || m.issued().isBefore(by.issued()) || m == suspended) {
        continue;
      }
      boolean suspendsAgain =
          m.suspensions().stream().anyMatch(s -> s.measure().equals(suspended.id()));
      boolean names =
          m.issued().isAfter(by.issued())
              && m.note().map(n -> n.contains(suspended.id()) || n.contains(by.id())).orElse(false);
      if (suspendsAgain || names) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static void addOnce(List<StaleWarning> warnings, StaleWarning w) {
    if (warnings.stream().noneMatch(x -> x.basis().equals(w.basis()))) {
      warnings.add(w);
    }
  }
}
