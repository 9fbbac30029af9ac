package dev.assay.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
}
