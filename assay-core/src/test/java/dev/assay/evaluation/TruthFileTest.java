package dev.assay.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthFileTest {

  @Test
  void reads_outcome_and_typology_by_declaration_ignoring_other_columns() {
    Map<String, Label> labels =
        TruthFile.read(
            new StringReader(
                "declaration_id,outcome,typology,variant\nD1,CLEAN,,\nD2,VIOLATION,concealment,x\n"),
            "truth.csv");

    assertThat(labels.get("D1").outcome()).isEqualTo(Outcome.CLEAN);
    assertThat(labels.get("D1").typology()).isEmpty();
    assertThat(labels.get("D2").outcome()).isEqualTo(Outcome.VIOLATION);
    assertThat(labels.get("D2").typology()).hasValue("concealment");
  }

  @Test
  void a_bad_outcome_is_refused_naming_line_declaration_and_field() {
    assertThatThrownBy(
            () ->
                TruthFile.read(
                    new StringReader("declaration_id,outcome\nD1,CLEAN\nD2,GUILTY\n"), "truth.csv"))
        .hasMessageContaining("truth.csv, line 3")
        .hasMessageContaining("D2")
        .hasMessageContaining("field outcome")
        .hasMessageContaining("GUILTY");
  }

  @Test
  void a_file_without_an_outcome_column_is_refused() {
    assertThatThrownBy(
            () -> TruthFile.read(new StringReader("declaration_id,typology\nD1,x\n"), "t.csv"))
        .hasMessageContaining("no column 'outcome'");
  }
}
