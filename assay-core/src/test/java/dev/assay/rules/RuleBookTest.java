package dev.assay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every rule is parsed and type-checked at load; a broken rule is named and the others load. */
class RuleBookTest {

  private static String rule(String id, String expression, String extra) {
    return """
          - id: %s
            description: test rule %s
            expression: "%s"
            finding: TRANSSHIPMENT_RISK
            severity: MEDIUM
            basis: analyst memo 2025-7
        %s"""
        .formatted(id, id, expression, extra);
  }

  private static RuleBook book(String... rules) {
    return RuleBook.read("rules.yaml", "rules:\n" + String.join("", rules));
  }

  @Test
  void a_well_formed_rule_loads_with_its_fields() {
    RuleBook book =
        book(
            rule(
                "air-hub",
                "declaration.transport_mode == 'AIR' && declaration.destination in ['HK', 'AE']",
                "    valid_from: 2025-01-01\n    valid_to: 2025-12-31\n"));

    assertThat(book.problems()).isEmpty();
    Rule rule = book.rules().getFirst();
    assertThat(rule.id()).isEqualTo("air-hub");
    assertThat(rule.code()).isEqualTo(FindingCode.TRANSSHIPMENT_RISK);
    assertThat(rule.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(rule.validFrom()).contains(LocalDate.of(2025, 1, 1));
    assertThat(rule.validTo()).contains(LocalDate.of(2025, 12, 31));
  }

  @Test
  void a_misspelt_field_is_a_type_error_naming_rule_file_and_field() {
    RuleBook book =
        book(
            rule("good", "declaration.destination == 'HK'", ""),
            rule("typo", "declaration.destinaton == 'HK'", ""));

    assertThat(book.rules()).extracting(Rule::id).containsExactly("good");
    assertThat(book.problems()).hasSize(1);
    RuleProblem problem = book.problems().getFirst();
    assertThat(problem.ruleId()).isEqualTo("typo");
    assertThat(problem.describe())
        .startsWith("rules.yaml: rule typo: ")
        .contains("undefined field 'destinaton'");
  }

  @Test
  void comparing_a_number_with_text_is_a_type_error() {
    RuleBook book = book(rule("mixed", "declaration.gross_kg == 'heavy'", ""));

    assertThat(book.rules()).isEmpty();
    assertThat(book.problems().getFirst().reason()).contains("found no matching overload");
  }

  @Test
  void an_expression_that_is_not_a_condition_is_rejected() {
    RuleBook book = book(rule("weight", "declaration.gross_kg * 2.0", ""));

    assertThat(book.problems().getFirst().reason()).contains("of type double, a rule needs a bool");
  }

  @Test
  void unknown_finding_code_severity_and_bad_dates_are_rejected_with_the_rule_named() {
    RuleBook book =
        RuleBook.read(
            "r.yaml",
            """
            rules:
              - {id: a, description: d, expression: "true", finding: SMUGGLING, severity: LOW, basis: b}
              - {id: b, description: d, expression: "true", finding: CONCEALMENT, severity: URGENT, basis: b}
              - {id: c, description: d, expression: "true", finding: CONCEALMENT, severity: LOW, basis: b, valid_from: 2025-02-30}
              - {id: d, description: d, expression: "true", finding: CONCEALMENT, severity: LOW, basis: b, valid_from: 2025-03-01, valid_to: 2025-02-01}
              - {id: e, description: d, expression: "true", finding: CONCEALMENT, severity: LOW, basis: b, valid_form: 2025-03-01}
              - {id: f, description: d, expression: "true", finding: CONCEALMENT, severity: LOW}
              - {id: a, description: d, expression: "true", finding: CONCEALMENT, severity: LOW, basis: b}
              - {id: g, description: d, expression: "true", finding: concealment, severity: low, basis: b}
            """);

    assertThat(book.rules()).extracting(Rule::id).containsExactly("g");
    assertThat(book.problems())
        .extracting(RuleProblem::describe)
        .containsExactly(
            "r.yaml: rule a: field finding: not one of UNLICENSED_CONTROLLED_EXPORT,"
                + " LICENSE_VIOLATION, PROHIBITED_EXPORT, RESTRICTED_PARTY, MISDECLARED_GOODS,"
                + " VALUE_ANOMALY, CONCEALMENT, TRANSSHIPMENT_RISK, NETWORK_RISK, PROFILE_ANOMALY,"
                + " UNVERIFIED_LICENSE",
            "r.yaml: rule b: field severity: not one of LOW, MEDIUM, HIGH, CRITICAL",
            "r.yaml: rule c: field valid_from: no such date",
            "r.yaml: rule d: field valid_to: 2025-02-01 is before valid_from 2025-03-01",
            "r.yaml: rule e: unknown field 'valid_form' (known: basis, description, expression,"
                + " finding, id, severity, valid_from, valid_to)",
            "r.yaml: rule f: field basis: required",
            "r.yaml: rule a: id used by an earlier rule of the file");
  }

  @Test
  void an_expression_beyond_the_size_limit_is_rejected_at_load() {
    String huge = "declaration.id == '" + "x".repeat(RuleLanguage.MAX_EXPRESSION_LENGTH) + "'";
    RuleBook book = book(rule("huge", huge, ""));

    assertThat(book.problems().getFirst().reason()).contains("exceeds limit");
  }

  @Test
  void a_file_that_is_not_a_rule_list_is_refused_whole() {
    assertThatThrownBy(() -> RuleBook.read("r.yaml", "rules: {id: a}"))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("r.yaml: expected a list under 'rules:'");
    assertThatThrownBy(() -> RuleBook.read("r.yaml", "rules: [unclosed"))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("r.yaml: not valid YAML");
  }

  @Test
  void a_rule_is_in_force_from_its_first_to_its_last_day() {
    Rule rule =
        book(rule("dated", "true", "    valid_from: 2025-03-01\n    valid_to: 2025-03-31\n"))
            .rules()
            .getFirst();

    assertThat(rule.inForceOn(LocalDate.of(2025, 2, 28))).isFalse();
    assertThat(rule.inForceOn(LocalDate.of(2025, 3, 1))).isTrue();
    assertThat(rule.inForceOn(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(rule.inForceOn(LocalDate.of(2025, 4, 1))).isFalse();
  }

  @Test
  void a_pattern_whose_repetitions_multiply_is_rejected_at_load_naming_the_rule() {
    // Compiling this one pattern took gigabytes on every evaluation until the screen died.
    RuleBook book =
        book(
            rule("bomb", "declaration.exporter_name.matches('((x{1000}){1000}){1000}')", ""),
            rule("fine", "declaration.exporter_name.matches('^(ACME|Hunan) [A-Z]{2,8}$')", ""));

    assertThat(book.rules()).extracting(Rule::id).containsExactly("fine");
    RuleProblem problem = book.problems().getFirst();
    assertThat(problem.ruleId()).isEqualTo("bomb");
    assertThat(problem.describe())
        .startsWith("rules.yaml: rule bomb: ")
        .contains("((x{1000}){1000}){1000}")
        .contains("expands to more than");
  }

  @Test
  void a_pattern_over_the_program_size_is_rejected_at_load_not_at_every_evaluation() {
    RuleBook book = book(rule("long", "declaration.exporter_name.matches('x{300}')", ""));

    assertThat(book.problems().getFirst().reason()).contains("RE2 program of");
  }

  @Test
  void a_pattern_taken_from_the_declaration_is_refused_because_its_cost_is_unknown_at_load() {
    RuleBook book =
        book(
            rule("data", "declaration.exporter_name.matches(declaration.consignee_name)", ""),
            rule("global", "matches(declaration.exporter_name, declaration.id)", ""),
            rule("invalid", "declaration.exporter_name.matches('(unclosed')", ""));

    assertThat(book.rules()).isEmpty();
    assertThat(book.problems())
        .extracting(RuleProblem::reason)
        .satisfiesExactly(
            r -> assertThat(r).contains("string literal"),
            r -> assertThat(r).contains("string literal"),
            r -> assertThat(r).contains("not valid RE2"));
  }

  @Test
  void the_expanded_size_estimate_multiplies_nested_repetitions_and_adds_the_rest() {
    assertThat(RulePatterns.expandedSize("abc")).isEqualTo(3);
    assertThat(RulePatterns.expandedSize("[a-z]{10}")).isGreaterThanOrEqualTo(10);
    assertThat(RulePatterns.expandedSize("(x{10}){10}")).isGreaterThanOrEqualTo(100);
    assertThat(RulePatterns.expandedSize("((x{1000}){1000}){1000}")).isGreaterThan(1_000_000_000L);
    assertThat(RulePatterns.expandedSize("\\{1000}|a{2,}")).isLessThan(2_000);
    assertThat(RulePatterns.expandedSize("(?i)acme")).isEqualTo(4);
  }
}
