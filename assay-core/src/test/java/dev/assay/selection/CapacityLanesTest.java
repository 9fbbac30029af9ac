package dev.assay.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.Lane;
import dev.assay.risk.Selection;
import dev.assay.risk.Selection.Reason;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CapacityLanesTest {
  private static final Exporter EXPORTER =
      new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Metals");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private static Declaration declaration(String id, String office, LocalDate date) {
    CountryCode to = new CountryCode("DE");
    return new Declaration(
        id,
        date,
        office,
        EXPORTER,
        new Party("Buyer", to, "1 Road"),
        new Party("Buyer", to, "1 Road"),
        to,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1050),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1, new HsCode("6403990000"), "shoes", 1000, "KG", 1000, 3000, Optional.empty())),
        Optional.empty());
  }

  private static SelectionSettings settings(double redShare, Map<Lane, Double> random) {
    return new SelectionSettings(redShare, 1, 0.7, Map.of(), random, 500, 7, 42);
  }

  private static Lane thresholdLane(double score) {
    return score >= 0.7 ? Lane.RED : score >= 0.3 ? Lane.YELLOW : Lane.GREEN;
  }

  @Test
  void red_by_score_never_exceeds_the_office_share_of_its_day_random_picks_aside() {
    CapacityLanes lanes = new CapacityLanes(settings(0.05, Map.of(Lane.RED, 0.01)));
    SplittableRandom random = new SplittableRandom(7);
    Map<String, Integer> byScore = new HashMap<>();
    Map<String, Integer> randomRed = new HashMap<>();
    int perDay = 400;
    for (int day = 0; day < 20; day++) {
      for (String office : List.of("5300", "2200", "0100")) {
        for (int i = 0; i < perDay; i++) {
          // a fifth of the declarations score high: far more than the inspectors can take
          double score = random.nextDouble() < 0.2 ? 0.7 + 0.3 * random.nextDouble() : 0;
          Selection s =
              lanes.select(
                  declaration(office + "-" + day + "-" + i, office, DAY.plusDays(day)),
                  score,
                  thresholdLane(score));
          String key = office + "/" + day;
          if (s.lane() == Lane.RED) {
            (s.reason() == Reason.RANDOM ? randomRed : byScore).merge(key, 1, Integer::sum);
          }
          if (s.reason() == Reason.SCORE && s.lane() == Lane.RED) {
            assertThat(s.redUsed()).isLessThanOrEqualTo(s.redCapacity());
          }
        }
      }
    }
    assertThat(byScore.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(perDay / 20));
    // the capacity is used, not left idle, when high scores abound
    assertThat(byScore.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThan(60 * perDay / 20 * 9 / 10);
    assertThat(randomRed).isNotEmpty();
  }

  @Test
  void a_red_score_without_a_place_goes_yellow_for_capacity_and_with_one_goes_red() {
    CapacityLanes lanes =
        new CapacityLanes(new SelectionSettings(0.01, 1, 0.7, Map.of(), Map.of(), 500, 7, 42));

    Selection first = lanes.select(declaration("A", "5300", DAY), 0.9, Lane.RED);
    Selection second = lanes.select(declaration("B", "5300", DAY), 0.9, Lane.RED);

    assertThat(first.lane()).isEqualTo(Lane.RED);
    assertThat(first.reason()).isEqualTo(Reason.SCORE);
    assertThat(second.lane()).isEqualTo(Lane.YELLOW);
    assertThat(second.reason()).isEqualTo(Reason.CAPACITY_FULL);
    // another office has its own capacity
    assertThat(lanes.select(declaration("C", "2200", DAY), 0.9, Lane.RED).lane())
        .isEqualTo(Lane.RED);
    // and the next day brings new places
    assertThat(lanes.select(declaration("D", "5300", DAY.plusDays(1)), 0.9, Lane.RED).lane())
        .isEqualTo(Lane.RED);
  }

  @Test
  void places_go_to_the_highest_recent_scores_not_to_the_first_high_enough() {
    CapacityLanes lanes =
        new CapacityLanes(new SelectionSettings(0.05, 5, 0.7, Map.of(), Map.of(), 100, 7, 42));
    for (int i = 0; i < 100; i++) {
      // yesterday 10% scored 0.99, the rest nothing: 0.75 is below the top 5%
      lanes.select(declaration("W" + i, "5300", DAY), i % 10 == 0 ? 0.99 : 0, Lane.GREEN);
    }
    LocalDate today = DAY.plusDays(1);

    Selection middling = lanes.select(declaration("M", "5300", today), 0.75, Lane.RED);
    Selection top = lanes.select(declaration("T", "5300", today), 0.99, Lane.RED);

    assertThat(middling.lane()).isEqualTo(Lane.YELLOW);
    assertThat(middling.redCapacity()).isEqualTo(5);
    assertThat(middling.redUsed()).isZero();
    assertThat(top.lane()).isEqualTo(Lane.RED);
  }

  @Test
  void a_score_below_the_minimum_never_goes_red_by_score() {
    CapacityLanes lanes = new CapacityLanes(settings(0.5, Map.of()));

    Selection s = lanes.select(declaration("A", "5300", DAY), 0.69, Lane.YELLOW);

    assertThat(s.lane()).isEqualTo(Lane.YELLOW);
    assertThat(s.reason()).isEqualTo(Reason.SCORE);
  }

  @Test
  void random_rates_are_honoured_per_lane_and_the_picks_are_reproducible() {
    Map<Lane, Double> rates = Map.of(Lane.RED, 0.01, Lane.YELLOW, 0.02, Lane.BLUE, 0.03);
    CapacityLanes lanes = new CapacityLanes(settings(0.05, rates));
    CapacityLanes again = new CapacityLanes(settings(0.05, rates));
    CapacityLanes otherSeed = new CapacityLanes(settings(0.05, rates).withSeed(43));
    int n = 200_000;
    Map<Lane, Integer> picked = new HashMap<>();
    int differ = 0;
    for (int i = 0; i < n; i++) {
      Declaration d = declaration("D-2025-" + i, "530" + (i % 7), DAY.plusDays(i / 5000));
      Selection s = lanes.select(d, 0, Lane.GREEN);
      assertThat(again.select(d, 0, Lane.GREEN)).isEqualTo(s);
      if (otherSeed.select(d, 0, Lane.GREEN).lane() != s.lane()) {
        differ++;
      }
      if (s.reason() == Reason.RANDOM) {
        picked.merge(s.lane(), 1, Integer::sum);
      }
    }
    // three standard deviations of a binomial share at these rates and n
    assertThat(picked.get(Lane.RED) / (double) n).isCloseTo(0.01, within(0.0007));
    assertThat(picked.get(Lane.YELLOW) / (double) n).isCloseTo(0.02, within(0.001));
    assertThat(picked.get(Lane.BLUE) / (double) n).isCloseTo(0.03, within(0.0012));
    assertThat(differ).isGreaterThan(n / 50);
  }

  @Test
  void a_random_pick_raises_the_lane_but_never_lowers_it() {
    // every declaration drawn for YELLOW at random
    CapacityLanes lanes = new CapacityLanes(settings(0.05, Map.of(Lane.YELLOW, 1.0)));

    Selection low = lanes.select(declaration("A", "5300", DAY), 0, Lane.GREEN);
    Selection high = lanes.select(declaration("B", "5300", DAY), 0.95, Lane.RED);

    assertThat(low.lane()).isEqualTo(Lane.YELLOW);
    assertThat(low.reason()).isEqualTo(Reason.RANDOM);
    assertThat(high.lane()).isEqualTo(Lane.RED);
    assertThat(high.reason()).isEqualTo(Reason.SCORE);
  }

  @Test
  void a_draw_at_a_raised_probability_picks_more_and_records_it_and_never_falls_below_the_base() {
    CapacityLanes lanes = new CapacityLanes(settings(0.05, Map.of(Lane.RED, 0.01)));
    int base = 0;
    int raised = 0;
    for (int i = 0; i < 4000; i++) {
      Declaration d = declaration("X" + i, "5300", DAY);
      Selection atBase = lanes.select(d, 0, Lane.GREEN);
      Selection atRaised = lanes.select(d, 0, Lane.GREEN, 0.2);
      Selection below = lanes.select(d, 0, Lane.GREEN, 0.001);
      assertThat(atBase.randomRedProbability()).isEqualTo(0.01);
      assertThat(atRaised.randomRedProbability()).isEqualTo(0.2);
      // asked for less than the base rate: drawn at the base rate, as recorded
      assertThat(below.randomRedProbability()).isEqualTo(0.01);
      assertThat(below.lane()).isEqualTo(atBase.lane());
      if (atBase.lane() == Lane.RED) {
        base++;
        // the same draw: a base pick is a pick at any higher probability too
        assertThat(atRaised.lane()).isEqualTo(Lane.RED);
      }
      if (atRaised.lane() == Lane.RED) {
        raised++;
      }
    }
    assertThat(base).isBetween(20, 60);
    assertThat(raised).isBetween(700, 900);
  }
}
