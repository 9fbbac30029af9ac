package dev.assay.license;

import static dev.assay.license.LicenseFixtures.ANTIMONY_INGOTS;
import static dev.assay.license.LicenseFixtures.CONSIGNEE;
import static dev.assay.license.LicenseFixtures.EXPORTER;
import static dev.assay.license.LicenseFixtures.declaration;
import static dev.assay.license.LicenseFixtures.fitting;
import static dev.assay.license.LicenseFixtures.issued;
import static dev.assay.license.LicenseFixtures.license;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import dev.assay.risk.detector.LicenseViolationDetector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screening with licenses: each way a line can fail its license, with its evidence. */
class LicenseViolationDetectorTest {
  private InMemoryLicenseRepository licenses;
  private Screener screener;

  @BeforeEach
  void setUp() {
    licenses = new InMemoryLicenseRepository();
    licenses.add(license("25SB000001"), issued());
    licenses.add(license("25SB000002", LicenseType.GENERAL, LicenseStatus.SUSPENDED), issued());
    licenses.add(license("25SB000003", LicenseType.GENERAL, LicenseStatus.REVOKED), issued());
    licenses.add(license("25SB000004", LicenseType.SINGLE, LicenseStatus.VALID), issued());
    List<Detector> detectors = new ArrayList<>(Screener.standardDetectors(ControlList.bundled()));
    detectors.add(new LicenseViolationDetector(licenses, true));
    screener = new Screener(ControlList.bundled(), detectors, Scoring.bundled(), Optional.empty());
  }

  private List<Finding> violations(Declaration declaration) {
    return screener.screen(declaration).findings().stream()
        .filter(f -> f.code() == FindingCode.LICENSE_VIOLATION)
        .toList();
  }

  private List<Object> kinds(Declaration declaration) {
    return violations(declaration).stream().map(f -> f.evidence().get("violation")).toList();
  }

  @Test
  void a_line_that_fits_its_license_raises_nothing_and_draws_on_it() {
    Assessment assessment = screener.screen(fitting("D-1", "25SB000001"));

    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.lane()).isEqualTo(Lane.GREEN);
    assertThat(licenses.balances("25SB000001").getFirst().remainingQuantity())
        .isEqualByComparingTo("15000");
  }

  @Test
  void screening_the_same_declaration_again_draws_once() {
    screener.screen(fitting("D-1", "25SB000001"));
    screener.screen(fitting("D-1", "25SB000001"));

    assertThat(licenses.drawdowns("25SB000001")).hasSize(1);
  }

  @Test
  void an_unknown_license_is_critical() {
    List<Finding> findings = violations(fitting("D-1", "25XX999999"));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(f.message())
                  .isEqualTo("license 25XX999999: license 25XX999999 is not known");
              assertThat(f.evidence())
                  .containsEntry("violation", "UNKNOWN_LICENSE")
                  .containsEntry("license_no", "25XX999999");
              assertThat(f.basis()).contains("Export Control Law Art. 19, 34");
            });
  }

  @Test
  void suspended_and_revoked_licenses_do_not_cover_a_shipment() {
    assertThat(kinds(fitting("D-1", "25SB000002"))).containsExactly("SUSPENDED");
    assertThat(violations(fitting("D-2", "25SB000003")))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
    assertThat(licenses.drawdowns("25SB000002")).isEmpty();
  }

  @Test
  void a_license_is_used_only_within_its_validity() {
    Declaration early =
        declaration(
            "D-1",
            LocalDate.parse("2025-01-01"),
            EXPORTER,
            CONSIGNEE,
            "DE",
            ANTIMONY_INGOTS,
            10,
            500,
            "25SB000001");
    Declaration late =
        declaration(
            "D-2",
            LocalDate.parse("2026-01-01"),
            EXPORTER,
            CONSIGNEE,
            "DE",
            ANTIMONY_INGOTS,
            10,
            500,
            "25SB000001");

    assertThat(kinds(early)).containsExactly("NOT_YET_VALID");
    assertThat(violations(late))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("valid_until", "2025-12-31")
                    .containsEntry("declared_at", "2026-01-01"));
  }

  @Test
  void another_exporter_consignee_destination_or_item_breaks_the_license() {
    LocalDate day = LocalDate.parse("2025-03-01");
    assertThat(
            kinds(
                declaration(
                    "D-1",
                    day,
                    LicenseFixtures.OTHER_EXPORTER,
                    CONSIGNEE,
                    "DE",
                    ANTIMONY_INGOTS,
                    10,
                    500,
                    "25SB000001")))
        .containsExactly("OTHER_EXPORTER");
    Party other = new Party("Antwerp Metals NV", CountryCode.parse("BE"), "");
    assertThat(
            violations(
                declaration(
                    "D-2", day, EXPORTER, other, "DE", ANTIMONY_INGOTS, 10, 500, "25SB000001")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("violation", "OTHER_CONSIGNEE")
                    .containsEntry("licensed_consignee", "METALLHANDEL DUISBURG GMBH")
                    .containsEntry("declared_consignee", "Antwerp Metals NV"));
    assertThat(
            kinds(
                declaration(
                    "D-3", day, EXPORTER, CONSIGNEE, "US", ANTIMONY_INGOTS, 10, 500, "25SB000001")))
        .contains("OTHER_DESTINATION");
    assertThat(
            kinds(
                declaration(
                    "D-4",
                    day,
                    EXPORTER,
                    CONSIGNEE,
                    "DE",
                    new HsCode("8112921010"),
                    10,
                    500,
                    "25SB000001")))
        .containsExactly("ITEM_NOT_LICENSED");
  }

  @Test
  void another_end_user_breaks_the_license() {
    Declaration d = fitting("D-1", "25SB000001");
    Declaration otherEndUser =
        new Declaration(
            d.id(),
            d.declaredAt(),
            d.customsOffice(),
            d.exporter(),
            d.consignee(),
            new Party("Rheinmetall Waffe Munition GmbH", CountryCode.parse("DE"), ""),
            d.destination(),
            d.transitCountries(),
            d.transport(),
            d.endUse(),
            d.lines(),
            d.label());

    assertThat(kinds(otherEndUser)).containsExactly("OTHER_END_USER");
  }

  @Test
  void declarations_that_together_exceed_the_license_are_caught_when_they_do() {
    assertThat(
            kinds(
                declaration(
                    "D-1",
                    LocalDate.parse("2025-03-01"),
                    EXPORTER,
                    CONSIGNEE,
                    "DE",
                    ANTIMONY_INGOTS,
                    15000,
                    700000,
                    "25SB000001")))
        .isEmpty();

    List<Finding> second =
        violations(
            declaration(
                "D-2",
                LocalDate.parse("2025-03-05"),
                EXPORTER,
                CONSIGNEE,
                "NL",
                ANTIMONY_INGOTS,
                6000,
                290000,
                "25SB000001"));

    assertThat(second)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry("violation", "EXCEEDED");
              assertThat(f.message())
                  .isEqualTo(
                      "license 25SB000001: exceeds item 1: 6000 KG declared, 5000 of 20000 left");
            });
  }

  @Test
  void each_line_draws_on_an_item_of_its_code_that_has_enough_left() {
    // two grades under one code, each with its own quantity (as gallium 4N and 6N are licensed)
    licenses.add(
        license(
            "25SB000009",
            LicenseType.GENERAL,
            LicenseStatus.VALID,
            List.of(
                grade(1, "antimony ingots 99.65%", "9000", "500000"),
                grade(2, "antimony ingots 99.85%", "12000", "700000"))),
        issued());
    Declaration twoGrades = twoLines("D-1", 9000, 12000);

    assertThat(violations(twoGrades)).isEmpty();
    assertThat(licenses.balances("25SB000009"))
        .extracting(ItemBalance::remainingQuantity)
        .allSatisfy(left -> assertThat(left).isEqualByComparingTo("0"));

    // near miss: a third line finds no item with enough left, and the refusal names the first
    List<Finding> beyond = violations(twoLines("D-2", 1, 0));
    assertThat(beyond).hasSize(1);
    assertThat(beyond.getFirst().message())
        .isEqualTo("license 25SB000009: exceeds item 1: 1 KG declared, 0 of 9000 left");
  }

  private static LicenseItem grade(int itemNo, String description, String kg, String usd) {
    return new LicenseItem(
        itemNo,
        Optional.empty(),
        ANTIMONY_INGOTS,
        description,
        new BigDecimal(kg),
        "KG",
        new BigDecimal(usd));
  }

  /** Antimony ingots on 25SB000009: a line of each weight given that is above zero. */
  private static Declaration twoLines(String id, double firstKg, double secondKg) {
    List<GoodsLine> lines = new ArrayList<>();
    for (double kg : new double[] {firstKg, secondKg}) {
      if (kg > 0) {
        lines.add(
            new GoodsLine(
                lines.size() + 1,
                ANTIMONY_INGOTS,
                "antimony ingots",
                kg,
                "kg",
                kg,
                kg * 50,
                Optional.of("25SB000009")));
      }
    }
    return declaration(id, LocalDate.parse("2025-03-01"), EXPORTER, CONSIGNEE, "DE", lines);
  }

  @Test
  void a_single_use_license_serves_one_shipment() {
    assertThat(kinds(fitting("D-1", "25SB000004"))).isEmpty();
    assertThat(kinds(fitting("D-2", "25SB000004"))).containsExactly("SINGLE_LICENSE_USED");
  }

  @Test
  void a_controlled_line_without_a_license_number_is_still_unlicensed() {
    Assessment assessment = screener.screen(fitting("D-1", null));

    assertThat(assessment.findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.UNLICENSED_CONTROLLED_EXPORT);
    assertThat(assessment.findings().getFirst().evidence()).containsEntry("license_no", null);
  }

  @Test
  void a_what_if_screening_checks_without_drawing() {
    Screener whatIf =
        new Screener(
            ControlList.bundled(),
            List.of(new LicenseViolationDetector(licenses, false)),
            Scoring.bundled(),
            Optional.empty());

    whatIf.screen(fitting("D-1", "25SB000001"));

    assertThat(licenses.drawdowns("25SB000001")).isEmpty();
  }
}
