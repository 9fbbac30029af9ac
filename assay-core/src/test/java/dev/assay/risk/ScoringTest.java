package dev.assay.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private final Scoring scoring = Scoring.bundled();

  private static Finding finding(Severity severity) {
    return new Finding(
        FindingCode.VALUE_ANOMALY, severity, OptionalInt.empty(), "m", Map.of(), "b");
  }

  @Test
  void no_findings_score_zero_and_release() {
    assertThat(scoring.score(List.of())).isZero();
    assertThat(scoring.lane(0)).isEqualTo(Lane.GREEN);
  }

  @Test
  void one_finding_scores_its_severity_weight() {
    assertThat(scoring.score(List.of(finding(Severity.HIGH))))
        .isCloseTo(scoring.weight(Severity.HIGH), within(1e-9));
  }

  @Test
  void findings_combine_as_independent_evidence() {
    double low = scoring.weight(Severity.LOW);
    double medium = scoring.weight(Severity.MEDIUM);

    double score = scoring.score(List.of(finding(Severity.LOW), finding(Severity.MEDIUM)));

    assertThat(score).isCloseTo(1 - (1 - low) * (1 - medium), within(1e-9));
    assertThat(score).isGreaterThan(medium).isLessThan(1);
  }

  @Test
  void a_critical_finding_sends_the_declaration_to_physical_inspection() {
    assertThat(scoring.lane(scoring.score(List.of(finding(Severity.CRITICAL)))))
        .isEqualTo(Lane.RED);
  }

  @Test
  void lanes_follow_the_thresholds_in_order() {
    Scoring s =
        new Scoring(
            Map.of(
                Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, .95),
            .7,
            .3,
            .1);

    assertThat(s.lane(0.05)).isEqualTo(Lane.GREEN);
    assertThat(s.lane(0.1)).isEqualTo(Lane.BLUE);
    assertThat(s.lane(0.3)).isEqualTo(Lane.YELLOW);
    assertThat(s.lane(0.7)).isEqualTo(Lane.RED);
  }

  @Test
  void thresholds_out_of_order_are_refused() {
    var weights =
        Map.of(Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, .95);
    assertThatThrownBy(() -> new Scoring(weights, .3, .7, .1))
        .hasMessageContaining("red >= yellow");
  }

  @Test
  void a_missing_weight_is_refused() {
    assertThatThrownBy(() -> new Scoring(Map.of(Severity.LOW, .1), .7, .3, .1))
        .hasMessageContaining("MEDIUM");
  }

  private static Finding finding(FindingCode code, Severity severity) {
    return new Finding(code, severity, OptionalInt.empty(), "m", Map.of(), "b");
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }

  @Test
  void contributions_add_up_to_the_score() {
    var findings = List.of(finding(Severity.LOW), finding(Severity.HIGH), finding(Severity.MEDIUM));

    Scoring.ScoreBreakdown b = scoring.explain(findings);

    assertThat(b.score()).isCloseTo(scoring.score(findings), within(1e-12));
    assertThat(sum(b.findingContributions())).isCloseTo(b.score(), within(1e-12));
    assertThat(b.contribution(1)).isGreaterThan(b.contribution(2)).isGreaterThan(b.contribution(0));
  }

  @Test
  void equal_findings_contribute_equally_whatever_their_order() {
    Scoring.ScoreBreakdown b =
        scoring.explain(List.of(finding(Severity.HIGH), finding(Severity.HIGH)));

    assertThat(b.contribution(0)).isCloseTo(b.contribution(1), within(1e-12));
  }

  @Test
  void a_certain_finding_takes_the_whole_score() {
    Scoring s =
        new Scoring(
            Map.of(
                Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, 1.0),
            .7,
            .3,
            .1);

    Scoring.ScoreBreakdown b =
        s.explain(List.of(finding(Severity.LOW), finding(Severity.CRITICAL)));

    assertThat(b.score()).isEqualTo(1.0);
    assertThat(b.contribution(0)).isZero();
    assertThat(b.contribution(1)).isEqualTo(1.0);
  }

  @Test
  void a_code_weight_overrides_the_severity_default_for_that_code_only() {
    Scoring s =
        new Scoring(
            Map.of(
                Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, .95),
            Map.of(FindingCode.CONCEALMENT, Map.of(Severity.HIGH, .5)),
            0,
            .7,
            .3,
            .1);

    assertThat(s.score(List.of(finding(FindingCode.CONCEALMENT, Severity.HIGH))))
        .isCloseTo(.5, within(1e-12));
    assertThat(s.score(List.of(finding(FindingCode.CONCEALMENT, Severity.MEDIUM))))
        .isCloseTo(.3, within(1e-12));
    assertThat(s.score(List.of(finding(FindingCode.VALUE_ANOMALY, Severity.HIGH))))
        .isCloseTo(.7, within(1e-12));
  }

  @Test
  void a_model_blends_in_by_its_weight_and_its_part_is_recorded() {
    Scoring s =
        new Scoring(
            Map.of(
                Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, .95),
            Map.of(),
            .4,
            .7,
            .3,
            .1);

    Scoring.ScoreBreakdown b = s.explain(List.of(finding(Severity.HIGH)), 0.5);

    // the model is one more piece of evidence, of weight 0.4 x 0.5
    assertThat(b.score()).isCloseTo(1 - (1 - .7) * (1 - .4 * .5), within(1e-12));
    double modelShare = Math.log1p(-.2) / (Math.log1p(-.2) + Math.log1p(-.7));
    assertThat(b.modelContribution()).isCloseTo(b.score() * modelShare, within(1e-12));
    assertThat(sum(b.findingContributions()) + b.modelContribution())
        .isCloseTo(b.score(), within(1e-12));
    assertThat(s.explain(List.of(finding(Severity.HIGH))).score()).isCloseTo(.7, within(1e-12));
  }

  @Test
  void a_two_signal_transshipment_low_ranks_above_weak_lows_and_stays_out_of_the_yellow_lane() {
    // TRANSSHIPMENT_RISK reports nothing below two signals: its LOW is two signals on a controlled
    // line, so it weighs more than another detector's LOW, and more than two of them together
    double transshipmentLow = scoring.weight(FindingCode.TRANSSHIPMENT_RISK, Severity.LOW);
    double weakLow = scoring.weight(FindingCode.PROFILE_ANOMALY, Severity.LOW);
    assertThat(transshipmentLow).isEqualTo(0.25);
    assertThat(transshipmentLow).isGreaterThan(1 - (1 - weakLow) * (1 - weakLow));
    // it orders the audit queue; alone it sends no one to a documentary check
    assertThat(scoring.lane(transshipmentLow)).isEqualTo(Lane.BLUE);
    // near miss: its MEDIUM and the other detectors' LOW keep the severity defaults
    assertThat(scoring.weight(FindingCode.TRANSSHIPMENT_RISK, Severity.MEDIUM))
        .isEqualTo(scoring.weight(Severity.MEDIUM));
    assertThat(weakLow).isEqualTo(scoring.weight(Severity.LOW));
    assertThat(scoring.weight(FindingCode.NETWORK_RISK, Severity.LOW))
        .isEqualTo(scoring.weight(Severity.LOW));
  }

  @Test
  void the_shipped_file_parses_code_weights_and_refuses_an_unknown_code() throws Exception {
    String yaml =
        """
        severity_weights: {LOW: 0.1, MEDIUM: 0.3, HIGH: 0.7, CRITICAL: 0.95}
        code_weights:
          RESTRICTED_PARTY: {HIGH: 0.8}
        model: {weight: 0.25}
        lanes: {red: 0.7, yellow: 0.3, blue: 0.1}
        """;
    Scoring s =
        Scoring.parse(new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.weight(FindingCode.RESTRICTED_PARTY, Severity.HIGH)).isEqualTo(.8);
    assertThat(s.weight(FindingCode.RESTRICTED_PARTY, Severity.LOW)).isEqualTo(.1);
    assertThat(s.modelWeight()).isEqualTo(.25);

    String bad = yaml.replace("RESTRICTED_PARTY", "SMUGGLING");
    assertThatThrownBy(
            () ->
                Scoring.parse(
                    new java.io.ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("code_weights")
        .hasMessageContaining("SMUGGLING");
  }

  @Test
  void a_model_that_sees_nothing_never_talks_a_certain_finding_down() {
    Scoring s =
        new Scoring(
            Map.of(
                Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, .95),
            Map.of(),
            .7,
            .7,
            .3,
            .1);

    Scoring.ScoreBreakdown b = s.explain(List.of(finding(Severity.CRITICAL)), 0.0);

    assertThat(b.score()).isCloseTo(.95, within(1e-12));
    assertThat(s.lane(b.score())).isEqualTo(Lane.RED);
    assertThat(b.modelContribution()).isZero();
  }

  private static Finding onLine(
      FindingCode code, Severity severity, int line, Map<String, Object> evidence) {
    return new Finding(code, severity, OptionalInt.of(line), "m", evidence, "b");
  }

  /** A medium value finding on lines 1, 2, ... with these value patterns (its sub-signal). */
  private static List<Finding> valueFindings(String... patterns) {
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < patterns.length; i++) {
      findings.add(
          onLine(
              FindingCode.VALUE_ANOMALY, Severity.MEDIUM, i + 1, Map.of("pattern", patterns[i])));
    }
    return findings;
  }

  @Test
  void a_soft_signal_found_on_several_lines_counts_once_and_shares_its_contribution() {
    double medium = scoring.weight(FindingCode.VALUE_ANOMALY, Severity.MEDIUM);
    var findings = valueFindings("below", "below", "below");

    Scoring.ScoreBreakdown b = scoring.explain(findings);

    // what the weights learn from an outcome: this key was on the declaration, once
    assertThat(b.score()).isCloseTo(medium, within(1e-12));
    assertThat(scoring.score(findings)).isCloseTo(medium, within(1e-12));
    for (int i = 0; i < 3; i++) {
      assertThat(b.contribution(i)).isCloseTo(medium / 3, within(1e-12));
    }
  }

  @Test
  void different_sub_signals_of_one_code_and_severity_still_add_up() {
    double medium = scoring.weight(FindingCode.VALUE_ANOMALY, Severity.MEDIUM);
    var findings = valueFindings("below", "above");

    assertThat(scoring.score(findings)).isCloseTo(1 - (1 - medium) * (1 - medium), within(1e-12));
  }

  @Test
  void a_legal_certainty_on_several_lines_is_an_offence_on_each() {
    double high = scoring.weight(FindingCode.UNLICENSED_CONTROLLED_EXPORT, Severity.HIGH);
    Map<String, Object> confirmed = Map.of("confidence", "confirmed");
    var findings =
        List.of(
            onLine(FindingCode.UNLICENSED_CONTROLLED_EXPORT, Severity.HIGH, 1, confirmed),
            onLine(FindingCode.UNLICENSED_CONTROLLED_EXPORT, Severity.HIGH, 2, confirmed));

    assertThat(scoring.score(findings)).isCloseTo(1 - (1 - high) * (1 - high), within(1e-12));
  }
}
