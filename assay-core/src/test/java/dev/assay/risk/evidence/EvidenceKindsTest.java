package dev.assay.risk.evidence;

import static dev.assay.risk.evidence.EvidenceFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceKindsTest {

  @Test
  void a_confirmed_ban_is_certain_and_an_unsure_one_is_soft() {
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.PROHIBITED_EXPORT,
                    Severity.HIGH,
                    Map.of("confidence", "confirmed"))))
        .isEqualTo(EvidenceKind.LEGAL_CERTAINTY);
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.PROHIBITED_EXPORT, Severity.HIGH, Map.of("confidence", "unsure"))))
        .isEqualTo(EvidenceKind.SOFT);
  }

  @Test
  void a_presumption_of_denial_with_a_license_cited_is_a_document_to_check_and_a_ban_is_not() {
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.PROHIBITED_EXPORT,
                    Severity.HIGH,
                    Map.of(
                        "confidence", "confirmed",
                        "verdict", "PRESUMPTION_OF_DENIAL",
                        "license_no", "25GA000001"))))
        .isEqualTo(EvidenceKind.SOFT);
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.PROHIBITED_EXPORT,
                    Severity.HIGH,
                    Map.of("confidence", "confirmed", "verdict", "PRESUMPTION_OF_DENIAL"))))
        .isEqualTo(EvidenceKind.LEGAL_CERTAINTY);
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.PROHIBITED_EXPORT,
                    Severity.CRITICAL,
                    Map.of(
                        "confidence", "confirmed",
                        "verdict", "PROHIBITED",
                        "license_no", "25GA000001"))))
        .isEqualTo(EvidenceKind.LEGAL_CERTAINTY);
  }

  @Test
  void a_confirmed_code_without_license_is_certain_unless_the_description_claims_absence() {
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.UNLICENSED_CONTROLLED_EXPORT,
                    Severity.HIGH,
                    Map.of("confidence", "confirmed"))))
        .isEqualTo(EvidenceKind.LEGAL_CERTAINTY);
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.UNLICENSED_CONTROLLED_EXPORT,
                    Severity.HIGH,
                    Map.of("confidence", "likely"))))
        .isEqualTo(EvidenceKind.SOFT);
    assertThat(
            EvidenceKinds.of(
                finding(
                    FindingCode.UNLICENSED_CONTROLLED_EXPORT,
                    Severity.LOW,
                    Map.of("confidence", "confirmed", "claimed_absent", true))))
        .isEqualTo(EvidenceKind.SOFT);
  }

  @Test
  void a_blocking_party_match_is_certain_and_a_review_match_is_soft() {
    assertThat(
            EvidenceKinds.of(
                finding(FindingCode.RESTRICTED_PARTY, Severity.HIGH, Map.of("level", "BLOCK"))))
        .isEqualTo(EvidenceKind.LEGAL_CERTAINTY);
    assertThat(
            EvidenceKinds.of(
                finding(FindingCode.RESTRICTED_PARTY, Severity.MEDIUM, Map.of("level", "REVIEW"))))
        .isEqualTo(EvidenceKind.SOFT);
  }

  @Test
  void license_violations_are_certain_and_indicators_and_rules_are_soft() {
    assertThat(EvidenceKinds.of(finding(FindingCode.LICENSE_VIOLATION, Severity.HIGH, Map.of())))
        .isEqualTo(EvidenceKind.LEGAL_CERTAINTY);
    assertThat(EvidenceKinds.of(finding(FindingCode.CONCEALMENT, Severity.HIGH, Map.of())))
        .isEqualTo(EvidenceKind.SOFT);
    // An analyst rule labelled with a certain code still has no legal force of its own.
    assertThat(
            EvidenceKinds.of(
                finding(FindingCode.LICENSE_VIOLATION, Severity.CRITICAL, Map.of("rule", "R1"))))
        .isEqualTo(EvidenceKind.SOFT);
  }
}
