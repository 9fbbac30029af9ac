package dev.assay.risk.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
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
import dev.assay.license.InMemoryLicenseRepository;
import dev.assay.risk.Assessment;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import dev.assay.risk.evidence.EvidenceKind;
import dev.assay.risk.evidence.EvidenceKinds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnverifiedLicenseDetectorTest {
  private static final ControlList LIST = ControlList.bundled();
  private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
  private final UnverifiedLicenseDetector detector = new UnverifiedLicenseDetector();

  /** Antimony ingots (controlled since September 2024) citing a license. */
  private static Declaration antimony(String license, String destination, Party endUser) {
    CountryCode to = new CountryCode(destination);
    return new Declaration(
        "D-1",
        DAY,
        "7200",
        new Exporter(
            UnifiedSocialCreditCode.withCheckCharacter("91450100MA5K00001"), "Hechi Smelting"),
        new Party("Local Agent Co.", to, ""),
        endUser,
        to,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1_100),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1,
                new HsCode("8110101000"),
                "antimony ingots Sb 99.65%",
                1_000,
                "KG",
                1_000,
                30_000,
                Optional.of(license))),
        Optional.empty());
  }

  private static final Party END_USER_US =
      new Party("Falcon Defense Inc.", CountryCode.UNITED_STATES, "");

  private List<Finding> inspect(Declaration d) {
    List<Finding> findings = new ArrayList<>();
    detector.inspect(new Enricher(LIST).enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  @Test
  void a_license_for_goods_to_a_hub_with_the_end_user_elsewhere_is_soft_evidence() {
    List<Finding> findings = inspect(antimony("25SB000123", "TH", END_USER_US));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.UNVERIFIED_LICENSE);
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence())
                  .containsEntry("doubts", List.of("END_USER_ELSEWHERE"))
                  .containsEntry("hub", "TH")
                  .containsEntry("register", "none at hand")
                  .containsEntry("advice", UnverifiedLicenseDetector.ADVICE);
              assertThat(f.message()).contains("documentary check");
              assertThat(EvidenceKinds.of(f)).isEqualTo(EvidenceKind.SOFT);
            });
  }

  @Test
  void near_miss_the_same_license_and_end_user_to_a_country_that_is_no_hub_raise_nothing() {
    assertThat(inspect(antimony("25SB000123", "DE", END_USER_US))).isEmpty();
  }

  @Test
  void near_miss_a_well_formed_license_to_a_hub_with_the_end_user_there_raises_nothing() {
    Party endUserTh = new Party("Siam Batteries", new CountryCode("TH"), "");
    assertThat(inspect(antimony("25SB000123", "TH", endUserTh))).isEmpty();
  }

  @Test
  void a_malformed_number_with_the_end_user_elsewhere_is_high_and_still_soft() {
    assertThat(inspect(antimony("SB/2025/77", "TH", END_USER_US)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence())
                  .containsEntry("doubts", List.of("MALFORMED_NUMBER", "END_USER_ELSEWHERE"));
              assertThat(EvidenceKinds.isLegalCertainty(f)).isFalse();
            });
  }

  @Test
  void a_malformed_number_alone_is_a_question_anywhere() {
    assertThat(inspect(antimony("SB/2025/77", "DE", null)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsEntry("doubts", List.of("MALFORMED_NUMBER"));
            });
  }

  @Test
  void with_a_register_the_register_decides_and_an_unknown_number_is_a_legal_certainty() {
    List<dev.assay.risk.Detector> detectors = new ArrayList<>(Screener.standardDetectors(LIST));
    detectors.add(new LicenseViolationDetector(new InMemoryLicenseRepository(), false));
    Screener screener = new Screener(LIST, detectors, Scoring.bundled(), Optional.empty());

    Assessment a = screener.screen(antimony("SB/2025/77", "TH", END_USER_US));

    assertThat(a.findings()).noneMatch(f -> f.code() == FindingCode.UNVERIFIED_LICENSE);
    assertThat(a.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.LICENSE_VIOLATION);
              assertThat(f.evidence()).containsEntry("violation", "UNKNOWN_LICENSE");
              assertThat(EvidenceKinds.isLegalCertainty(f)).isTrue();
            });
  }

  @Test
  void without_a_register_the_standard_screener_reports_the_doubt() {
    Screener screener = Screener.standard(LIST, Optional.empty());

    Assessment a = screener.screen(antimony("SB/2025/77", "TH", END_USER_US));

    assertThat(a.findings())
        .anySatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.UNVERIFIED_LICENSE));
    assertThat(a.findings()).noneMatch(f -> f.code() == FindingCode.LICENSE_VIOLATION);
  }
}
