package dev.assay.rules;

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
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleDetectorTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private final List<RuleFailure> failures = new ArrayList<>();
  private RuleDetector detector;

  private static Declaration declaration(
      String id, String exporter, String to, TransportMode mode, LocalDate date, GoodsLine line) {
    CountryCode country = new CountryCode(to);
    return new Declaration(
        id,
        date,
        "5300",
        new Exporter(UnifiedSocialCreditCode.withCheckCharacter(exporter), "Hunan Metals"),
        new Party("Buyer Ltd", country, "1 Road"),
        null,
        country,
        List.of(new CountryCode("SG")),
        new Transport(mode, 0, 110),
        EndUse.UNSPECIFIED,
        List.of(line),
        Optional.empty());
  }

  private static GoodsLine line(String hs, String description) {
    return new GoodsLine(1, new HsCode(hs), description, 100, "KG", 100, 40_000, Optional.empty());
  }

  private static final String GALLIUM = "8112929010";
  private static final String FIRST = "91430100MA4L12345";

  private Screener screener(String yaml) {
    RuleBook book = RuleBook.read("rules.yaml", yaml);
    assertThat(book.problems()).isEmpty();
    detector = new RuleDetector(() -> book, failures::add);
    return new Screener(
        ControlList.bundled(), List.of(detector), Scoring.bundled(), Optional.empty());
  }

  private static String rule(String id, String expression, String extra) {
    return """
          - id: %s
            description: %s holds
            expression: >-
              %s
            finding: TRANSSHIPMENT_RISK
            severity: HIGH
            basis: analyst memo 2025-7
        %s"""
        .formatted(id, id, expression, extra);
  }

  @Test
  void a_matching_rule_raises_its_finding_with_its_id_and_a_near_miss_raises_nothing() {
    Screener screener =
        screener(
            "rules:\n"
                + rule(
                    "gallium-by-air-to-hub",
                    "declaration.transport_mode == 'AIR' && declaration.destination in ['HK',"
                        + " 'AE'] && lines.exists(l, l.mineral == 'gallium' && l.net_kg >= 50)",
                    ""));

    Assessment hit =
        screener.screen(
            declaration("D-1", FIRST, "HK", TransportMode.AIR, DAY, line(GALLIUM, "gallium")));
    Assessment nearMiss =
        screener.screen(
            declaration("D-2", FIRST, "HK", TransportMode.SEA, DAY, line(GALLIUM, "gallium")));

    assertThat(hit.findings()).hasSize(1);
    Finding finding = hit.findings().getFirst();
    assertThat(finding.code()).isEqualTo(FindingCode.TRANSSHIPMENT_RISK);
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.message()).isEqualTo("gallium-by-air-to-hub holds");
    assertThat(finding.basis()).isEqualTo("analyst memo 2025-7");
    assertThat(finding.evidence()).containsEntry("rule", "gallium-by-air-to-hub");
    assertThat(nearMiss.findings()).isEmpty();
  }

  @Test
  void a_regular_expression_is_applied_on_every_declaration_from_its_one_compiled_program() {
    Screener screener =
        screener(
            "rules:\n"
                + rule("hunan", "declaration.exporter_name.matches('^Hunan [A-Z][a-z]+$')", ""));

    for (int i = 0; i < 3; i++) {
      Assessment hit =
          screener.screen(
              declaration("D-" + i, FIRST, "HK", TransportMode.SEA, DAY, line(GALLIUM, "Ga")));
      assertThat(hit.findings()).extracting(Finding::code).contains(FindingCode.TRANSSHIPMENT_RISK);
    }
    RuleBook nearMiss =
        RuleBook.read(
            "rules.yaml",
            "rules:\n" + rule("lower", "declaration.exporter_name.matches('^hunan')", ""));
    detector = new RuleDetector(() -> nearMiss, failures::add);
    Assessment miss =
        new Screener(ControlList.bundled(), List.of(detector), Scoring.bundled(), Optional.empty())
            .screen(declaration("D-9", FIRST, "HK", TransportMode.SEA, DAY, line(GALLIUM, "Ga")));
    assertThat(miss.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.TRANSSHIPMENT_RISK);
    assertThat(failures).isEmpty();
  }

  @Test
  void a_rule_matches_only_within_its_validity_dates() {
    Screener screener =
        screener(
            "rules:\n"
                + rule(
                    "march-only",
                    "declaration.destination == 'HK'",
                    "    valid_from: 2025-03-01\n    valid_to: 2025-03-31\n"));

    for (var date :
        List.of(
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 4, 1))) {
      Assessment a =
          screener.screen(
              declaration("D", FIRST, "HK", TransportMode.SEA, date, line("6403990000", "shoes")));
      assertThat(a.findings().isEmpty())
          .as("findings on %s", date)
          .isEqualTo(date.getMonthValue() != 3);
    }
  }

  @Test
  void lines_carry_the_lexicon_and_lookalike_enrichments() {
    Screener screener =
        screener(
            "rules:\n"
                + rule(
                    "named-not-controlled",
                    "lines.exists(l, !l.controlled && 'gallium' in l.named_minerals)",
                    ""));

    assertThat(
            screener
                .screen(
                    declaration(
                        "D-1",
                        FIRST,
                        "DE",
                        TransportMode.SEA,
                        DAY,
                        line("8112990000", "gallium ingots 99.99%")))
                .findings())
        .hasSize(1);
    assertThat(
            screener
                .screen(
                    declaration(
                        "D-2",
                        FIRST,
                        "DE",
                        TransportMode.SEA,
                        DAY,
                        line("8112990000", "niobium ingots")))
                .findings())
        .isEmpty();
  }

  @Test
  void history_sees_only_declarations_before_this_one() {
    Screener screener =
        screener(
            "rules:\n"
                + rule(
                    "first-controlled-export",
                    "declaration.controlled_lines > 0 &&"
                        + " history.exporter_controlled_declarations == 0",
                    ""));

    Assessment first =
        screener.screen(
            declaration("D-1", FIRST, "DE", TransportMode.SEA, DAY, line(GALLIUM, "gallium")));
    Assessment second =
        screener.screen(
            declaration("D-2", FIRST, "DE", TransportMode.SEA, DAY, line(GALLIUM, "gallium")));
    Assessment otherExporter =
        screener.screen(
            declaration(
                "D-3",
                "91110000MA01ABCDE",
                "DE",
                TransportMode.SEA,
                DAY,
                line(GALLIUM, "gallium")));

    assertThat(first.findings()).hasSize(1);
    assertThat(second.findings()).isEmpty();
    assertThat(otherExporter.findings()).hasSize(1);
  }

  @Test
  void a_rule_that_fails_is_reported_once_and_screening_carries_on() {
    Screener screener =
        screener(
            "rules:\n"
                + rule("divides-by-zero", "declaration.containers / declaration.containers > 0", "")
                + rule("still-runs", "declaration.destination == 'HK'", ""));

    List<Assessment> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batch.add(
          screener.screen(
              declaration(
                  "D-" + i, FIRST, "HK", TransportMode.SEA, DAY, line("6403990000", "shoes"))));
    }

    assertThat(batch)
        .allSatisfy(
            a ->
                assertThat(a.findings())
                    .extracting(f -> f.evidence().get("rule"))
                    .containsExactly("still-runs"));
    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst().describe())
        .startsWith("rule divides-by-zero failed on declaration D-0: evaluation error")
        .endsWith("/ by zero");
    assertThat(detector.failureCounts())
        .containsExactly(java.util.Map.entry("divides-by-zero", 3L));
  }

  @Test
  void a_rule_beyond_the_iteration_limit_fails_instead_of_stalling_screening() {
    String list = "[" + "0, ".repeat(40) + "0]";
    Screener screener =
        screener(
            "rules:\n"
                + rule(
                    "costly",
                    list + ".all(x, " + list + ".all(y, " + list + ".all(z, true)))",
                    ""));

    Assessment a =
        screener.screen(
            declaration("D-1", FIRST, "HK", TransportMode.SEA, DAY, line("6403990000", "shoes")));

    assertThat(a.findings()).isEmpty();
    assertThat(failures)
        .singleElement()
        .extracting(RuleFailure::reason)
        .asString()
        .contains("Iteration budget exceeded: " + RuleLanguage.MAX_ITERATIONS);
    assertThat(detector.failureCounts()).containsEntry("costly", 1L);
  }
}
