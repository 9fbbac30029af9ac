package dev.assay.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  private static final Exporter EXPORTER =
      new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Metals");

  private static Declaration declaration(
      String destination, EndUse endUse, LocalDate date, GoodsLine... lines) {
    CountryCode to = new CountryCode(destination);
    return new Declaration(
        "D-1",
        date,
        "5300",
        EXPORTER,
        new Party("Buyer", to, "1 Road"),
        new Party("Buyer", to, "1 Road"),
        to,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1.05 * 1000 * lines.length),
        endUse,
        List.of(lines),
        Optional.empty());
  }

  private static GoodsLine line(int no, String hs, String description, String license) {
    return line(no, hs, description, license, 30000);
  }

  private static GoodsLine line(
      int no, String hs, String description, String license, double valueUsd) {
    return new GoodsLine(
        no, new HsCode(hs), description, 1000, "KG", 1000, valueUsd, Optional.ofNullable(license));
  }

  private final Screener screener = Screener.standard(ControlList.bundled(), Optional.empty());

  @Test
  void ordinary_goods_are_released_without_findings() {
    Assessment a =
        screener.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 3, 1),
                line(1, "6403990000", "shoes", null)));

    assertThat(a.findings()).isEmpty();
    assertThat(a.score()).isZero();
    assertThat(a.lane()).isEqualTo(Lane.GREEN);
  }

  @Test
  void a_licensed_controlled_line_raises_nothing_here() {
    Assessment a =
        screener.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 3, 1),
                // Gallium at about its market price of early 2025, some USD 1,000/kg.
                line(1, "8112929010", "gallium", "25GA000001", 1_050_000)));

    assertThat(a.findings()).isEmpty();
  }

  @Test
  void an_unlicensed_controlled_line_is_found_on_its_own_line_with_the_item_measure_as_basis() {
    Assessment a =
        screener.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 3, 1),
                line(1, "6403990000", "shoes", null),
                line(2, "2841801000", "ammonium paratungstate", null)));

    assertThat(a.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.UNLICENSED_CONTROLLED_EXPORT);
              assertThat(f.lineNo()).hasValue(2);
              assertThat(f.basis()).isEqualTo("MOFCOM-GAC 2025 No. 10");
              assertThat(f.evidence())
                  .containsEntry("control_code", "1C117.d")
                  .containsEntry("as_of", "2025-03-01");
            });
    assertThat(a.lane()).isEqualTo(Lane.RED);
    assertThat(a.score()).isEqualTo(screener.scoring().weight(Severity.HIGH));
  }

  @Test
  void the_same_line_before_the_measure_took_effect_raises_nothing() {
    Assessment a =
        screener.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 2, 3),
                line(1, "2841801000", "APT", null)));

    assertThat(a.findings()).isEmpty();
  }

  @Test
  void a_military_end_use_in_the_united_states_is_prohibited_even_with_a_license() {
    Assessment a =
        screener.screen(
            declaration(
                "US",
                EndUse.MILITARY,
                LocalDate.of(2025, 3, 1),
                line(1, "2841801000", "APT", "25WU000009")));

    assertThat(a.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PROHIBITED_EXPORT);
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(f.basis()).isEqualTo("MOFCOM 2024 No. 46, clause 1");
              assertThat(f.message()).contains("25WU000009");
            });
    assertThat(a.lane()).isEqualTo(Lane.RED);
  }

  @Test
  void an_as_of_date_overrides_the_declaration_date() {
    Screener whatIf =
        Screener.standard(ControlList.bundled(), Optional.of(LocalDate.of(2025, 3, 1)));
    Declaration before =
        declaration(
            "DE", EndUse.UNSPECIFIED, LocalDate.of(2024, 1, 5), line(1, "2841801000", "APT", null));

    assertThat(screener.screen(before).findings()).isEmpty();
    assertThat(whatIf.screen(before).findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.UNLICENSED_CONTROLLED_EXPORT);
  }

  @Test
  void a_detector_learns_an_outcome_only_after_it_has_inspected_that_declaration() {
    List<String> events = new java.util.ArrayList<>();
    Detector recording =
        new Detector() {
          @Override
          public FindingCode code() {
            return FindingCode.NETWORK_RISK;
          }

          @Override
          public void inspect(
              EnrichedDeclaration d, java.util.function.Consumer<Finding> findings) {
            events.add("inspect " + d.declaration().id());
          }

          @Override
          public void learnOutcome(Declaration d, dev.assay.declaration.Outcome outcome) {
            events.add("learn " + d.id() + " " + outcome);
          }
        };
    Screener withRecorder =
        new Screener(
            ControlList.bundled(), List.of(recording), Scoring.bundled(), Optional.empty());
    Declaration unlabelled =
        declaration(
            "DE",
            EndUse.UNSPECIFIED,
            LocalDate.of(2025, 3, 1),
            line(1, "6403990000", "shoes", null));
    Declaration labelled =
        new Declaration(
            "D-2",
            unlabelled.declaredAt(),
            unlabelled.customsOffice(),
            unlabelled.exporter(),
            unlabelled.consignee(),
            unlabelled.endUser(),
            unlabelled.destination(),
            unlabelled.transitCountries(),
            unlabelled.transport(),
            unlabelled.endUse(),
            unlabelled.lines(),
            Optional.of(
                new dev.assay.declaration.Label(
                    dev.assay.declaration.Outcome.VIOLATION, Optional.of("concealment"))));

    withRecorder.screen(unlabelled);
    withRecorder.screen(labelled);

    assertThat(events).containsExactly("inspect D-1", "inspect D-2", "learn D-2 VIOLATION");
  }

  @Test
  void a_ranking_model_blends_in_and_every_assessment_explains_its_score() {
    Scoring blended =
        new Scoring(
            Map.of(
                Severity.LOW, .1, Severity.MEDIUM, .3, Severity.HIGH, .7, Severity.CRITICAL, .95),
            Map.of(),
            .5,
            .7,
            .3,
            .1);
    RiskModel model =
        new RiskModel() {
          @Override
          public String version() {
            return "test-model-1";
          }

          @Override
          public double probability(EnrichedDeclaration declaration, List<Finding> findings) {
            return findings.isEmpty() ? 0.1 : 0.9;
          }
        };
    Screener withModel =
        new Screener(
            ControlList.bundled(),
            Screener.standardDetectors(ControlList.bundled()),
            blended,
            Optional.empty(),
            Optional.of(model),
            Optional.empty());

    Assessment a =
        withModel.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 3, 1),
                line(1, "2841801000", "ammonium paratungstate", null)));

    assertThat(a.score()).isCloseTo(1 - (1 - .7) * (1 - .5 * .9), within(1e-12));
    assertThat(a.model())
        .hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("test-model-1"));
    assertThat(a.model().orElseThrow().probability()).isEqualTo(.9);
    double explained = a.model().orElseThrow().contribution();
    for (double c : a.contributions()) {
      explained += c;
    }
    assertThat(explained).isCloseTo(a.score(), within(1e-12));
    assertThat(a.selection()).isEmpty();
  }

  @Test
  void a_lane_policy_decides_the_lane_and_its_reason_is_kept() {
    LanePolicy everythingYellow =
        (d, score, scoreLane) ->
            new Selection(Lane.YELLOW, Selection.Reason.CAPACITY_FULL, d.customsOffice(), 0, 0);
    Screener withPolicy =
        new Screener(
            ControlList.bundled(),
            Screener.standardDetectors(ControlList.bundled()),
            Scoring.bundled(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(everythingYellow));

    Assessment a =
        withPolicy.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 3, 1),
                line(1, "2841801000", "ammonium paratungstate", null)));

    // an unlicensed confirmed control code is a legal certainty: RED on its own, not the policy's
    assertThat(a.score()).isGreaterThanOrEqualTo(.7);
    assertThat(a.lane()).isEqualTo(Lane.RED);
    assertThat(a.laneReason()).isEqualTo(Selection.Reason.LEGAL_CERTAINTY);

    Assessment soft =
        withPolicy.screen(
            declaration(
                "DE",
                EndUse.UNSPECIFIED,
                LocalDate.of(2025, 3, 1),
                line(1, "6403990000", "shoes", null)));
    assertThat(soft.lane()).isEqualTo(Lane.YELLOW);
    assertThat(soft.laneReason()).isEqualTo(Selection.Reason.CAPACITY_FULL);
  }
}
