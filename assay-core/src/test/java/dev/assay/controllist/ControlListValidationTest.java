package dev.assay.controllist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bad control-list file is refused with an error that names the file and the field. */
class ControlListValidationTest {
  private static final String VALID_ITEM_MEASURE =
      """
      id: TEST-2027-1
      citation: TEST 2027 No. 1
      title: Fictitious control
      authorities: [MOFCOM]
      issued: 2027-02-01
      effective: 2027-03-01
      kind: LICENSE_REQUIRED
      sources: [TEST]
      confidence: confirmed
      items:
        - id: item-1
          mineral: platinum
          name: unwrought platinum
          hs: ["7110110000"]
          sources: [TEST]
          confidence: confirmed
      """;

  private static ControlListException refusal(String yaml) {
    try {
      ControlList.builder().add("test.yaml", yaml).build();
    } catch (ControlListException e) {
      return e;
    }
    throw new AssertionError("the file was accepted");
  }

  private static void assertRefused(String yaml, String field, String problem) {
    ControlListException e = refusal(yaml);
    assertThat(e.file()).isEqualTo("test.yaml");
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith("test.yaml: " + field + ": ").contains(problem);
  }

  @Test
  void the_valid_file_is_accepted() {
    assertThat(ControlList.builder().add("test.yaml", VALID_ITEM_MEASURE).build().measures())
        .hasSize(1);
  }

  @Test
  void a_bad_date_names_the_field() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("issued: 2027-02-01", "issued: 2027-13-01"),
        "issued",
        "not a date");
  }

  @Test
  void an_effective_date_before_the_issue_date_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("effective: 2027-03-01", "effective: 2027-01-01"),
        "effective",
        "before the issue date");
  }

  @Test
  void a_bad_hs_code_names_the_item_and_the_code() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("\"7110110000\"", "\"711011\""),
        "items[0].hs[0]",
        "bad HS code '711011'");
  }

  @Test
  void an_unquoted_code_with_a_leading_zero_is_refused_rather_than_read_as_octal() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("\"7110110000\"", "01234567"), "items[0].hs[0]", "in quotes");
  }

  @Test
  void an_unquoted_control_code_that_yaml_reads_as_a_number_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace(
            "name: unwrought platinum", "name: unwrought platinum\n    controlCode: 1E004"),
        "items[0].controlCode",
        "in quotes");
  }

  @Test
  void a_missing_source_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace(
            "    sources: [TEST]\n    confidence: confirmed\n", "    confidence: confirmed\n"),
        "items[0].sources",
        "missing");
  }

  @Test
  void a_missing_confidence_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("confidence: confirmed\nitems:", "items:"),
        "confidence",
        "missing");
  }

  @Test
  void an_unknown_confidence_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("confidence: confirmed\nitems:", "confidence: sure\nitems:"),
        "confidence",
        "'sure' is not one of");
  }

  @Test
  void a_misspelt_field_is_refused_not_ignored() {
    assertRefused(
        VALID_ITEM_MEASURE.replace("effective:", "efective:"), "efective", "unknown field");
  }

  @Test
  void a_duplicate_measure_id_names_both_files() {
    ControlListException e = refusal2("a.yaml", VALID_ITEM_MEASURE, "b.yaml", VALID_ITEM_MEASURE);

    assertThat(e.getMessage()).isEqualTo("b.yaml: id: duplicate id 'TEST-2027-1', also in a.yaml");
  }

  @Test
  void a_suspension_of_an_unknown_measure_is_refused() {
    assertRefused(
        """
        id: TEST-2027-2
        citation: TEST 2027 No. 2
        title: Fictitious suspension
        authorities: [MOFCOM]
        issued: 2027-05-01
        kind: SUSPENSION
        sources: [TEST]
        confidence: confirmed
        suspends:
          - measure: MOFCOM-GAC-2099-1
            from: 2027-05-01
            sources: [TEST]
            confidence: likely
        """,
        "suspends[0].measure",
        "unknown measure 'MOFCOM-GAC-2099-1'");
  }

  @Test
  void a_suspension_ending_before_it_starts_is_refused() {
    ControlListException e =
        refusal2(
            "a.yaml",
            VALID_ITEM_MEASURE,
            "b.yaml",
            """
            id: TEST-2027-2
            citation: TEST 2027 No. 2
            title: Fictitious suspension
            authorities: [MOFCOM]
            issued: 2027-05-01
            kind: SUSPENSION
            sources: [TEST]
            confidence: confirmed
            suspends:
              - measure: TEST-2027-1
                items: [item-1]
                from: 2027-05-01
                until: 2027-04-01
                sources: [TEST]
                confidence: likely
            """);

    assertThat(e.getMessage()).startsWith("b.yaml: suspends[0].until: before 'from'");
  }

  @Test
  void a_suspension_of_an_unknown_item_is_refused() {
    ControlListException e =
        refusal2(
            "a.yaml",
            VALID_ITEM_MEASURE,
            "b.yaml",
            """
            id: TEST-2027-2
            citation: TEST 2027 No. 2
            title: Fictitious suspension
            authorities: [MOFCOM]
            issued: 2027-05-01
            kind: SUSPENSION
            sources: [TEST]
            confidence: confirmed
            suspends:
              - measure: TEST-2027-1
                items: [item-9]
                from: 2027-05-01
                sources: [TEST]
                confidence: likely
            """);

    assertThat(e.getMessage())
        .isEqualTo("b.yaml: suspends[0].items[0]: 'TEST-2027-1' has no item 'item-9'");
  }

  @Test
  void a_suspension_of_an_unknown_clause_of_a_shipped_measure_is_refused() {
    ControlListException e = null;
    try {
      ControlList.builder()
          .addBundled()
          .add(
              "b.yaml",
              """
              id: TEST-2027-2
              citation: TEST 2027 No. 2
              title: Fictitious suspension
              authorities: [MOFCOM]
              issued: 2027-05-01
              kind: SUSPENSION
              sources: [TEST]
              confidence: confirmed
              suspends:
                - measure: MOFCOM-2024-46
                  clauses: ["3"]
                  from: 2027-05-01
                  sources: [TEST]
                  confidence: likely
              """)
          .build();
    } catch (ControlListException refused) {
      e = refused;
    }

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .isEqualTo("b.yaml: suspends[0].clauses[0]: 'MOFCOM-2024-46' has no clause '3'");
  }

  @Test
  void a_clause_naming_a_mineral_no_item_has_is_refused() {
    assertRefused(
        """
        id: TEST-2027-3
        citation: TEST 2027 No. 3
        title: Fictitious destination measure
        authorities: [MOFCOM]
        issued: 2027-05-01
        kind: PRESUMPTION_OF_DENIAL
        destinations: [US]
        sources: [TEST]
        confidence: confirmed
        clauses:
          - id: "1"
            appliesTo:
              minerals: [galium]
            text: typo in the mineral
            sources: [TEST]
            confidence: confirmed
        """,
        "clauses[0].appliesTo.minerals",
        "'galium'");
  }

  @Test
  void a_non_conclusive_code_without_terms_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace(
            "hs: [\"7110110000\"]", "hsConclusive: false\n    hs: [\"7110110000\"]"),
        "items[0].terms",
        "needs description terms");
  }

  @Test
  void limits_without_a_threshold_they_restate_are_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace(
            "hs: [\"7110110000\"]", "limits: [\"Pt >= 99.9 %\"]\n    hs: [\"7110110000\"]"),
        "items[0].limits",
        "this item has none");
  }

  @Test
  void a_limit_that_cannot_be_read_is_refused_with_its_text() {
    assertRefused(
        VALID_ITEM_MEASURE.replace(
            "hs: [\"7110110000\"]",
            "threshold: Pt of at least 99.9%\n    limits: [\"Pt at least 99.9 %\"]\n"
                + "    hs: [\"7110110000\"]"),
        "items[0].limits",
        "'Pt at least 99.9 %'");
  }

  @Test
  void a_bad_destination_is_refused() {
    assertRefused(
        VALID_ITEM_MEASURE.replace(
            "kind: LICENSE_REQUIRED", "kind: LICENSE_REQUIRED\ndestinations: [USA]"),
        "destinations[0]",
        "'USA'");
  }

  @Test
  void broken_yaml_names_the_file() {
    ControlListException e = refusal("id: [unclosed");

    assertThat(e.file()).isEqualTo("test.yaml");
    assertThat(e.field()).isEqualTo("(syntax)");
  }

  private static ControlListException refusal2(
      String name1, String yaml1, String name2, String yaml2) {
    try {
      ControlList.builder().add(name1, yaml1).add(name2, yaml2).build();
    } catch (ControlListException e) {
      return e;
    }
    throw new AssertionError("the files were accepted");
  }
}
