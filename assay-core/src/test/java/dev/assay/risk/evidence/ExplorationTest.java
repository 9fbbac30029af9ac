package dev.assay.risk.evidence;

import static dev.assay.risk.evidence.EvidenceFixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Exploration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Selection;
import dev.assay.risk.Severity;
import dev.assay.risk.evidence.EvidenceWeights.SoftKey;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uncertainty-directed random picks: a declaration whose sub-signal random picks have barely
 * reached is drawn for RED at a higher, recorded probability, and its outcome counts by the inverse
 * of that probability.
 */
class ExplorationTest {
  private static final LocalDate DAY1 = LocalDate.of(2025, 3, 3);
  private static final double BASE = 0.005;
  private static final double EXPLORE = 0.5;
  private static final int MIN_PICKS = 3;
  private static final SoftKey THIN =
      new SoftKey(FindingCode.VALUE_ANOMALY, Severity.MEDIUM, "thin", null);

  @TempDir Path dir;

  /** Raises VALUE_ANOMALY/MEDIUM with the sub-signal {@code pattern} on every declaration. */
  private record Indicator(String pattern) implements Detector {
    @Override
    public FindingCode code() {
      return FindingCode.VALUE_ANOMALY;
    }

    @Override
    public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
      findings.accept(finding(pattern));
    }
  }

  /** The finding {@link Indicator} raises: VALUE_ANOMALY/MEDIUM with sub-signal {@code pattern}. */
  private static Finding finding(String pattern) {
    return new Finding(
        FindingCode.VALUE_ANOMALY,
        Severity.MEDIUM,
        OptionalInt.of(1),
        "price",
        Map.of("pattern", pattern),
        "reference prices");
  }

  private static SelectionSettings settings(long seed) {
    return SelectionSettings.bundled()
        .withRandomRates(Map.of(Lane.RED, BASE))
        .withSeed(seed)
        .withExploration(new Exploration(EXPLORE, MIN_PICKS));
  }

  private static Screener screener(
      String pattern, EvidenceWeights weights, SelectionSettings settings, int delayDays) {
    return new Screener(
            ControlList.bundled(),
            List.of(new Indicator(pattern)),
            Scoring.bundled(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new CapacityLanes(settings)))
        .withEvidenceWeights(weights)
        .withOutcomeDelay(delayDays);
  }

  private static boolean randomPick(Assessment a) {
    return a.lane() == Lane.RED && a.laneReason() == Selection.Reason.RANDOM;
  }

  private static double pi(Assessment a) {
    return a.selection().orElseThrow().randomRedProbability();
  }

  /**
   * Each declaration was drawn at the exploration rate while fewer than {@code wanted} random picks
   * had been made, at the base rate after; and the picks were made.
   */
  private static void assertDrawnAtExplorationRateUntilPicks(
      List<Assessment> screened, int wanted) {
    int picks = 0;
    for (Assessment a : screened) {
      assertThat(pi(a)).isEqualTo(picks < wanted ? EXPLORE : BASE);
      if (randomPick(a)) {
        picks++;
      }
    }
    assertThat(picks).isGreaterThanOrEqualTo(wanted);
  }

  private List<Assessment> screenMany(Screener screener, String prefix, int n) {
    List<Assessment> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(screener.screen(declaration(prefix + i, DAY1, "DE", "7801910000")));
    }
    return out;
  }

  @Test
  void a_thinly_measured_sub_signal_is_drawn_at_the_exploration_rate_until_it_has_its_picks() {
    Screener screener =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 14);

    List<Assessment> screened = screenMany(screener, "D", 200);

    // what the draw was made at: the exploration rate while fewer than MIN_PICKS picks were made
    assertDrawnAtExplorationRateUntilPicks(screened, MIN_PICKS);
    // the first MIN_PICKS picks came within a handful of declarations, not one in 200
    int firstAtBase = (int) screened.stream().takeWhile(a -> pi(a) == EXPLORE).count();
    assertThat(firstAtBase).isLessThan(40);
  }

  @Test
  void near_miss_a_declaration_carrying_only_well_measured_sub_signals_keeps_the_base_rate() {
    EvidenceWeights weights = EvidenceWeights.prior(Scoring.bundled());
    for (int i = 0; i < MIN_PICKS; i++) {
      weights.observeKeys(List.of(THIN), false, BASE);
    }
    Screener screener = screener("thin", weights, settings(20260101), 14);

    List<Assessment> screened = screenMany(screener, "W", 200);

    assertThat(screened).allSatisfy(a -> assertThat(pi(a)).isEqualTo(BASE));
    // one pick fewer than asked for: explored again
    EvidenceWeights oneShort = EvidenceWeights.prior(Scoring.bundled());
    for (int i = 0; i < MIN_PICKS - 1; i++) {
      oneShort.observeKeys(List.of(THIN), false, BASE);
    }
    Assessment first =
        screener("thin", oneShort, settings(20260101), 14)
            .screen(declaration("W0", DAY1, "DE", "7801910000"));
    assertThat(pi(first)).isEqualTo(EXPLORE);
  }

  @Test
  void switched_off_every_declaration_is_drawn_at_the_base_rate() {
    Screener screener =
        screener(
            "thin",
            EvidenceWeights.prior(Scoring.bundled()),
            settings(20260101).withExploration(Exploration.OFF),
            14);

    assertThat(screenMany(screener, "O", 100)).allSatisfy(a -> assertThat(pi(a)).isEqualTo(BASE));
  }

  @Test
  void the_probability_is_recorded_in_the_assessment_and_reads_back() throws Exception {
    Screener screener =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 14);
    Assessment a = screener.screen(declaration("R0", DAY1, "DE", "7801910000"));

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (AssessmentWriter writer = new AssessmentWriter(out)) {
      writer.write(a);
    }
    JsonNode json =
        new ObjectMapper().readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(json.path("selection").path("random_red_probability").asDouble()).isEqualTo(EXPLORE);
  }

  /** Learns one outcome and returns the sub-signal's saved tally (its weights and hits). */
  private JsonNode tallyAfter(Screener screener, Declaration d, boolean random, OptionalDouble pi)
      throws Exception {
    screener.learnOutcome(d, Outcome.VIOLATION, random, pi);
    screener.screen(declaration("next" + d.id(), DAY1.plusDays(1), "DE", "7801910000"));
    Path file = dir.resolve(d.id() + ".json");
    screener.evidenceWeights().orElseThrow().save(file);
    for (JsonNode e : new ObjectMapper().readTree(Files.readString(file)).path("evidence")) {
      if (e.path("key").asText().equals(THIN.key())) {
        return e;
      }
    }
    throw new AssertionError("no tally for " + THIN.key());
  }

  @Test
  void an_exploration_pick_counts_by_its_own_inverse_probability() throws Exception {
    Screener screener =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 0);
    Declaration picked = null;
    for (int i = 0; picked == null; i++) {
      Declaration d = declaration("P" + i, DAY1, "DE", "7801910000");
      if (randomPick(screener.screen(d))) {
        picked = d;
      }
    }

    // the loop's and the server's path: the probability its selection recorded
    JsonNode tally = tallyAfter(screener, picked, true, OptionalDouble.of(EXPLORE));

    assertThat(tally.path("random_inspections").asLong()).isEqualTo(1);
    assertThat(tally.path("sum_w").asDouble()).isCloseTo(1 / EXPLORE, within(1e-9));
    assertThat(tally.path("random_hits").asLong()).isEqualTo(1);
  }

  @Test
  void an_outcome_without_a_recorded_probability_counts_at_the_base_rate_unless_remembered()
      throws Exception {
    Declaration picked = null;
    Screener screener =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 0);
    for (int i = 0; picked == null; i++) {
      Declaration d = declaration("M" + i, DAY1, "DE", "7801910000");
      if (randomPick(screener.screen(d))) {
        picked = d;
      }
    }
    // a stored assessment from before the probability was recorded: the base rate it was drawn at
    assertThat(tallyAfter(screener, picked, true, OptionalDouble.empty()).path("sum_w").asDouble())
        .isCloseTo(1 / BASE, within(1e-6));

    // the form without a record takes what this screener remembers of its own draw
    Screener remembering =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 0);
    assertThat(randomPick(remembering.screen(picked))).isTrue();
    remembering.learnOutcome(picked, Outcome.VIOLATION, true);
    remembering.screen(declaration("after", DAY1.plusDays(1), "DE", "7801910000"));
    Path file = dir.resolve("remembered.json");
    remembering.evidenceWeights().orElseThrow().save(file);
    JsonNode thin = null;
    for (JsonNode e : new ObjectMapper().readTree(Files.readString(file)).path("evidence")) {
      if (e.path("key").asText().equals(THIN.key())) {
        thin = e;
      }
    }
    assertThat(thin.path("sum_w").asDouble()).isCloseTo(1 / EXPLORE, within(1e-9));
  }

  @Test
  void near_miss_a_targeted_inspection_counts_once() throws Exception {
    Screener screener =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 0);
    Declaration d = declaration("T0", DAY1, "DE", "7801910000");
    screener.screen(d);

    JsonNode tally = tallyAfter(screener, d, false, OptionalDouble.of(EXPLORE));

    assertThat(tally.path("random_inspections").asLong()).isZero();
    assertThat(tally.path("sum_w").asDouble()).isEqualTo(1.0);
    assertThat(tally.path("targeted_hits").asLong()).isEqualTo(1);
  }

  @Test
  void the_same_seed_gives_the_same_picks_and_another_seed_others() {
    List<String> first = picks(20260101);
    List<String> again = picks(20260101);
    List<String> other = picks(7);

    assertThat(again).isEqualTo(first);
    assertThat(first).isNotEmpty();
    assertThat(other).isNotEqualTo(first);
  }

  private List<String> picks(long seed) {
    Screener screener =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(seed), 14);
    return screenMany(screener, "S", 300).stream()
        .filter(ExplorationTest::randomPick)
        .map(a -> a.declarationId() + "@" + pi(a))
        .toList();
  }

  @Test
  void an_outcome_cannot_reach_a_declaration_screened_before_it_was_known() {
    Screener learning =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 14);
    Screener never =
        screener("thin", EvidenceWeights.prior(Scoring.bundled()), settings(20260101), 14);
    List<Assessment> before = new ArrayList<>();
    List<Assessment> twin = new ArrayList<>();
    for (int day = 0; day < 14; day++) {
      for (int i = 0; i < 30; i++) {
        Declaration d = declaration("E" + day + "-" + i, DAY1.plusDays(day), "DE", "7801910000");
        Assessment a = learning.screen(d);
        before.add(a);
        twin.add(never.screen(d));
        if (randomPick(a)) {
          learning.learnOutcome(d, Outcome.VIOLATION, true, OptionalDouble.of(pi(a)));
        }
      }
    }
    // up to the day before the first outcome is known: the same scores, lanes and probabilities
    for (int k = 0; k < before.size(); k++) {
      assertThat(before.get(k).score()).isEqualTo(twin.get(k).score());
      assertThat(before.get(k).lane()).isEqualTo(twin.get(k).lane());
      assertThat(pi(before.get(k))).isEqualTo(pi(twin.get(k)));
    }
    Declaration known = declaration("K", DAY1.plusDays(14), "DE", "7801910000");
    assertThat(learning.screen(known).score()).isGreaterThan(never.screen(known).score());
  }

  private static double learnedWeight(double violationPi, double cleanPi) {
    EvidenceWeights w = EvidenceWeights.prior(Scoring.bundled());
    w.screenedUntargetedKeys(List.of(THIN), 300);
    w.observeKeys(List.of(THIN), true, violationPi);
    w.observeKeys(List.of(THIN), false, cleanPi);
    return w.estimates(0.9).stream()
        .filter(e -> e.key().equals(THIN.key()))
        .findFirst()
        .orElseThrow()
        .mean();
  }

  @Test
  void a_pick_drawn_at_a_higher_probability_stands_for_fewer_untargeted_declarations() {
    // a violation among explored picks (1 in 2 drawn) and a clean base-rate pick (1 in 200): the
    // untargeted share is about 2 in 202, not 1 in 2
    double mixed = learnedWeight(EXPLORE, BASE);
    double equal = learnedWeight(BASE, BASE);

    assertThat(mixed).isLessThan(equal);
    // near miss: picks all drawn at one probability give the plain share, whatever it is
    assertThat(learnedWeight(EXPLORE, EXPLORE)).isEqualTo(equal);
  }

  private static final SoftKey BESIDE =
      new SoftKey(FindingCode.PROFILE_ANOMALY, Severity.LOW, "beside", null);

  /** Weights where THIN has MIN_PICKS random picks, every one beside other evidence. */
  private static EvidenceWeights pickedOnlyBesideOthers() {
    EvidenceWeights weights = EvidenceWeights.prior(Scoring.bundled());
    for (int i = 0; i < MIN_PICKS; i++) {
      weights.observeKeys(List.of(THIN, BESIDE), true, BASE);
    }
    return weights;
  }

  @Test
  void a_sub_signal_picked_only_beside_other_evidence_is_explored_where_it_stands_alone() {
    EvidenceWeights weights = pickedOnlyBesideOthers();
    assertThat(weights.randomInspections(THIN)).isEqualTo(MIN_PICKS);
    assertThat(weights.loneRandomInspections(THIN)).isZero();
    int lonePicks = 2;
    SelectionSettings aimed =
        settings(20260101).withExploration(new Exploration(EXPLORE, MIN_PICKS, true, lonePicks));

    List<Assessment> screened = screenMany(screener("thin", weights, aimed, 14), "L", 200);

    // drawn at the exploration rate until two lone carriers were picked, then at the base rate
    assertDrawnAtExplorationRateUntilPicks(screened, lonePicks);
  }

  @Test
  void near_miss_lone_carriers_are_not_explored_unless_asked_or_once_heard_from() {
    // not aimed at lone carriers (min_lone_picks 0): the sub-signal's picks beside others suffice
    assertThat(
            screenMany(screener("thin", pickedOnlyBesideOthers(), settings(20260101), 14), "N", 50))
        .allSatisfy(a -> assertThat(pi(a)).isEqualTo(BASE));
    // aimed, and the lone carriers already have their picks (learned, one short is explored)
    EvidenceWeights heard = pickedOnlyBesideOthers();
    heard.observeKeys(List.of(THIN), false, BASE);
    heard.observeKeys(List.of(THIN, THIN), false, BASE);
    assertThat(heard.loneRandomInspections(THIN)).isEqualTo(2);
    SelectionSettings aimed =
        settings(20260101).withExploration(new Exploration(EXPLORE, MIN_PICKS, true, 2));
    assertThat(screenMany(screener("thin", heard, aimed, 14), "H", 50))
        .allSatisfy(a -> assertThat(pi(a)).isEqualTo(BASE));
    SelectionSettings three =
        settings(20260101).withExploration(new Exploration(EXPLORE, MIN_PICKS, true, 3));
    assertThat(
            pi(
                screener("thin", heard, three, 14)
                    .screen(declaration("H0", DAY1, "DE", "7801910000"))))
        .isEqualTo(EXPLORE);
  }

  /**
   * THIN's weight when its targeted outcomes and its picks beside other evidence are violations,
   * and its picks among the many declarations that carry it alone are clean.
   */
  private static double weightWithLoneCarriersClean(boolean stratified, boolean lonePicks) {
    EvidenceWeights weights = EvidenceWeights.prior(Scoring.bundled());
    weights.stratifyLoneCarriers(stratified);
    for (int i = 0; i < 10; i++) {
      weights.observeKeys(List.of(THIN, BESIDE), true, 1);
      weights.screenedUntargetedKeys(List.of(THIN, BESIDE), 1);
      weights.observeKeys(List.of(THIN, BESIDE), true, EXPLORE);
    }
    for (int i = 0; i < 200; i++) {
      weights.screenedUntargetedKeys(List.of(THIN), 1);
    }
    if (lonePicks) {
      for (int i = 0; i < 10; i++) {
        weights.observeKeys(List.of(THIN), false, EXPLORE);
      }
    }
    return weights.weight(finding("thin"));
  }

  @Test
  void lone_carriers_count_at_the_rate_of_the_picks_among_them() {
    double pooled = weightWithLoneCarriersClean(false, true);
    double stratified = weightWithLoneCarriersClean(true, true);

    // pooled, the twenty picks are half violations and stand for all 210 untargeted carriers;
    // split, the 200 lone carriers count at their own clean picks' rate
    assertThat(stratified).isLessThan(pooled - 0.1);
    // near miss: without a pick among lone carriers the split changes nothing
    assertThat(weightWithLoneCarriersClean(true, false))
        .isEqualTo(weightWithLoneCarriersClean(false, false));
  }

  @Test
  void lone_carrier_tallies_are_saved_and_read_back() throws Exception {
    EvidenceWeights weights = EvidenceWeights.prior(Scoring.bundled());
    weights.observeKeys(List.of(THIN), true, EXPLORE);
    weights.observeKeys(List.of(THIN, BESIDE), false, EXPLORE);
    weights.screenedUntargetedKeys(List.of(THIN), 1);
    Path file = dir.resolve("w.json");
    weights.save(file);

    EvidenceWeights back = EvidenceWeights.load(file, Scoring.bundled());

    assertThat(back.loneRandomInspections(THIN)).isEqualTo(1);
    assertThat(back.randomInspections(THIN)).isEqualTo(2);
    back.stratifyLoneCarriers(true);
    weights.stratifyLoneCarriers(true);
    Finding thin = finding("thin");
    assertThat(back.weight(thin)).isEqualTo(weights.weight(thin));
  }
}
