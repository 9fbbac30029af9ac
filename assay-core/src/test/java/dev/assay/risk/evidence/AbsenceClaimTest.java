package dev.assay.risk.evidence;

import static dev.assay.risk.evidence.EvidenceFixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Dy-free" on a tariff line that is not conclusive: a documentary check, not an unlicensed HIGH.
 */
class AbsenceClaimTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
  private final Screener screener = Screener.standard(ControlList.bundled(), Optional.empty());

  @Test
  void a_denied_content_is_a_low_soft_claim_for_a_documentary_check() {
    Assessment a =
        screener.screen(declaration("C1", DAY, "US", "8505111000", "烧结钕铁硼磁钢，无镝", Optional.empty()));
    Finding f =
        a.findings().stream()
            .filter(x -> x.code() == FindingCode.UNLICENSED_CONTROLLED_EXPORT)
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.LOW);
    assertThat(f.evidence())
        .containsEntry("verdict", "DEPENDS_ON_SPECIFICATION")
        .containsEntry("claimed_absent", true)
        .containsEntry("claim", "无镝");
    assertThat(f.message()).startsWith("documentary check");
    assertThat(EvidenceKinds.of(f)).isEqualTo(EvidenceKind.SOFT);
    assertThat(a.lane()).isNotEqualTo(Lane.RED);
  }

  @Test
  void near_miss_a_stated_content_without_a_license_stays_an_unlicensed_export() {
    Assessment a =
        screener.screen(
            declaration("C2", DAY, "US", "8505111000", "NdFeB magnets Dy 3%", Optional.empty()));
    assertThat(a.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.UNLICENSED_CONTROLLED_EXPORT);
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence()).doesNotContainKey("claimed_absent");
            });
    // a plain description on the broad line: depends on the specification, nothing raised
    Assessment plain =
        screener.screen(
            declaration(
                "C3", DAY, "US", "8505111000", "sintered NdFeB magnets N42", Optional.empty()));
    assertThat(plain.findings())
        .noneMatch(f -> f.code() == FindingCode.UNLICENSED_CONTROLLED_EXPORT);
  }

  private Finding claimOn(String id, String description) {
    return screener
        .screen(declaration(id, DAY, "DE", "8505111000", description, Optional.empty()))
        .findings()
        .stream()
        .filter(x -> x.code() == FindingCode.UNLICENSED_CONTROLLED_EXPORT)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_denial_contradicted_by_the_magnets_own_grade_is_high_soft_evidence() {
    Finding f = claimOn("C4", "sintered NdFeB magnets N38UH, no Dy/Tb");

    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.evidence().get("claim_contradicted_by").toString())
        .isEqualTo("grade N38UH (class UH, up to 180 °C) is not made without Dy or Tb");
    assertThat(f.message()).contains("contradicted by its own grade");
    assertThat(EvidenceKinds.of(f)).isEqualTo(EvidenceKind.SOFT);
    assertThat(EvidenceSignals.of(f)).isEqualTo("claimed_absent+contradicted");
  }

  @Test
  void near_miss_a_dy_free_sh_grade_is_a_plain_claim_since_such_magnets_are_made() {
    // Heavy-rare-earth-free magnets reach about 150 °C, the SH class (lexicon/magnet-grades.yaml).
    Finding f = claimOn("C5", "sintered NdFeB magnets N42SH, Dy-free");

    assertThat(f.severity()).isEqualTo(Severity.LOW);
    assertThat(f.evidence()).doesNotContainKey("claim_contradicted_by");
  }
}
