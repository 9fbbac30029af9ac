package dev.assay.controllist;

import static dev.assay.controllist.Queries.GERMANY;
import static dev.assay.controllist.Queries.JAPAN;
import static dev.assay.controllist.Queries.MEXICO;
import static dev.assay.controllist.Queries.US;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A cached determination is the determination: whatever was asked before, for whichever date, the
 * cache answers what the list itself answers, on every side of every date the list changes on.
 */
class DeterminationCacheTest {
  private static final ControlList LIST = ControlList.bundled();

  /** Every date the shipped list changes on, the day before and after, and dates in between. */
  private static List<LocalDate> datesAroundChanges() {
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (Measure measure : LIST.measures()) {
      changes.add(measure.effective());
      measure.clauses().forEach(clause -> changes.add(clause.effective()));
      for (Suspension suspension : measure.suspensions()) {
        changes.add(suspension.from());
        suspension.until().ifPresent(changes::add);
      }
    }
    TreeSet<LocalDate> dates = new TreeSet<>();
    LocalDate previous = null;
    for (LocalDate change : changes) {
      dates.add(change.minusDays(1));
      dates.add(change);
      dates.add(change.plusDays(1));
      if (previous != null) {
        dates.add(previous.plusDays(previous.until(change).getDays() / 2 + 2));
      }
      previous = change;
    }
    dates.add(changes.last().plusYears(1));
    return new ArrayList<>(dates);
  }

  /**
   * Each reference code as declared and the declared codes above or below it, each with the
   * descriptions to try: none, ordinary goods, and the words naming each item the code points to.
   */
  private static Map<HsCode, List<String>> declaredLines() {
    Map<String, Set<String>> lines = new TreeMap<>();
    lines.put("6403990000", new LinkedHashSet<>());
    for (Measure measure : LIST.measures()) {
      for (ControlledItem item : measure.items()) {
        for (ReferenceCode reference : item.hsCodes()) {
          String code = reference.code().value();
          for (String declared :
              List.of(code, code.length() == 10 ? code.substring(0, 8) : code + "00")) {
            Set<String> descriptions = lines.computeIfAbsent(declared, c -> new LinkedHashSet<>());
            item.terms().stream().findFirst().ifPresent(term -> descriptions.add(term + " 5N"));
          }
        }
      }
    }
    Map<HsCode, List<String>> parsed = new LinkedHashMap<>();
    lines.forEach(
        (code, descriptions) -> {
          List<String> all = new ArrayList<>(Arrays.asList(null, "steel bolts"));
          all.addAll(descriptions);
          parsed.put(HsCode.parse(code), all);
        });
    return parsed;
  }

  private record Parties(CountryCode destination, CountryCode endUserCountry, EndUse endUse) {}

  @Test
  void cached_determinations_equal_fresh_ones_across_measure_dates() {
    List<Parties> parties =
        List.of(
            new Parties(US, null, EndUse.UNSPECIFIED),
            new Parties(JAPAN, null, EndUse.CIVIL),
            new Parties(MEXICO, US, EndUse.MILITARY),
            new Parties(GERMANY, GERMANY, EndUse.UNSPECIFIED));
    List<LocalDate> dates = datesAroundChanges();
    // Shuffled, so that a period's answer is usually cached from another of its dates first.
    Collections.shuffle(dates, new Random(20261128));
    Map<HsCode, List<String>> lines = declaredLines();
    DeterminationCache roomy = LIST.cached(1 << 16);
    DeterminationCache cramped = LIST.cached(3);
    int controlled = 0;
    int notes = 0;
    int suspended = 0;
    for (LocalDate date : dates) {
      for (Map.Entry<HsCode, List<String>> line : lines.entrySet()) {
        HsCode code = line.getKey();
        for (String description : line.getValue()) {
          for (Parties p : parties) {
            DeterminationQuery query =
                new DeterminationQuery(
                    code, description, p.destination(), p.endUserCountry(), p.endUse(), date);
            Determination fresh = LIST.determine(query);
            assertThat(roomy.determine(query)).as("%s", query).isEqualTo(fresh);
            assertThat(cramped.determine(query)).as("%s", query).isEqualTo(fresh);
            controlled += fresh.controlled() ? 1 : 0;
            notes += fresh.notes().isEmpty() ? 0 : 1;
            suspended += fresh.notes().stream().anyMatch(n -> n.contains(" suspended on ")) ? 1 : 0;
          }
        }
      }
    }
    // The comparison means something only if the queries reach controlled and annotated answers.
    assertThat(controlled).isGreaterThan(1000);
    assertThat(notes).isGreaterThan(1000);
    assertThat(suspended).as("answers that cite their date").isGreaterThan(100);
  }

  @Test
  void a_line_is_determined_once_per_period_but_again_across_a_change_of_the_list() {
    DeterminationCache cache = LIST.cached(64);
    // Antimony (MOFCOM-GAC 2024 No. 33) to Japan: controlled from 2024-09-15 on.
    DeterminationQuery before = antimonyToJapan("2024-09-13");
    DeterminationQuery lastDayBefore = antimonyToJapan("2024-09-14");
    DeterminationQuery after = antimonyToJapan("2024-09-15");

    assertThat(cache.determine(lastDayBefore)).isSameAs(cache.determine(before));
    assertThat(cache.determine(after)).isNotSameAs(cache.determine(lastDayBefore));
    assertThat(cache.determine(after).controlled()).isTrue();
    assertThat(cache.determine(before).controlled()).isFalse();
  }

  private static DeterminationQuery antimonyToJapan(String date) {
    return new DeterminationQuery(
        HsCode.parse("8110101000"),
        "antimony ingots",
        JAPAN,
        null,
        EndUse.CIVIL,
        LocalDate.parse(date));
  }
}
