package dev.assay.risk.evidence;

import static dev.assay.risk.evidence.EvidenceFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceSignalsTest {
  @Test
  void the_signals_a_detector_names_make_the_tag_in_a_stable_order() {
    var a =
        finding(
            FindingCode.PROFILE_ANOMALY,
            Severity.LOW,
            Map.of("signals", List.of("new_hs_chapter", "new_destination"), "points", 3));
    var b =
        finding(
            FindingCode.PROFILE_ANOMALY,
            Severity.LOW,
            Map.of("signals", List.of("new_destination", "new_hs_chapter"), "points", 4));
    assertThat(EvidenceSignals.of(a)).isEqualTo("new_destination+new_hs_chapter");
    assertThat(EvidenceSignals.of(b)).isEqualTo(EvidenceSignals.of(a));
    assertThat(EvidenceWeights.signalKey(a))
        .isEqualTo("PROFILE_ANOMALY/LOW/new_destination+new_hs_chapter");
    assertThat(
            EvidenceSignals.of(
                finding(
                    FindingCode.VALUE_ANOMALY,
                    Severity.HIGH,
                    Map.of("pattern", "at_mineral_price", "unit_value_usd_per_kg", 12.5))))
        .isEqualTo("at_mineral_price");
    assertThat(
            EvidenceSignals.of(
                finding(FindingCode.NETWORK_RISK, Severity.MEDIUM, Map.of("source", "VIOLATION"))))
        .isEqualTo("near_violation");
  }

  @Test
  void near_miss_amounts_names_and_free_text_never_make_a_tag() {
    var f =
        finding(
            FindingCode.CONCEALMENT,
            Severity.MEDIUM,
            Map.of("gross_weight_kg", 1200, "description", "ceramic tiles", "exporter", "X Ltd"));
    assertThat(EvidenceSignals.of(f)).isEmpty();
    assertThat(EvidenceWeights.signalKey(f)).isEqualTo("CONCEALMENT/MEDIUM");
    // a rule keeps its own key, whatever signals its evidence names
    var rule =
        finding(
            FindingCode.PROFILE_ANOMALY,
            Severity.LOW,
            Map.of("rule", "R7", "signals", List.of("new_company")));
    assertThat(EvidenceWeights.signalKey(rule)).isEqualTo("rule:R7");
  }
}
