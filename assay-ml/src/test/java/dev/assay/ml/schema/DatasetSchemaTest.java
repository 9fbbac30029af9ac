package dev.assay.ml.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {
  @Test
  void readsTheExampleSchemaWithHierarchyCombinationsAndRatios() {
    DatasetSchema s = DatasetSchema.load(Path.of("../examples/ml-schema.yaml"));
    assertThat(s.column(ColumnRole.LABEL)).isPresent();
    assertThat(s.categoryKeys().stream().map(CategoryKey::name))
        .contains("tariff_code:4", "importer_id+tariff_code:4");
    assertThat(s.ratios()).isNotEmpty();
  }

  @Test
  void theAssayContractSchemaIsValid() {
    DatasetSchema s = DatasetSchema.assayContract();
    assertThat(s.format()).isEqualTo("assay");
    assertThat(s.baseline()).isEqualTo("rule_score");
  }

  @Test
  void namesTheEntryThatIsWrong() {
    assertThatThrownBy(
            () ->
                DatasetSchema.parse(
                    "columns:\n  - {name: d, role: date}\n  - {name: x, role: colour}\n"))
        .hasMessageContaining("columns[1] (x)")
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> DatasetSchema.parse("columns:\n  - {name: d, role: date}\n"))
        .hasMessageContaining("exactly one column must have role label");
    assertThatThrownBy(
            () ->
                DatasetSchema.parse(
                    """
                    columns:
                      - {name: d, role: date}
                      - {name: y, role: label}
                      - {name: a, role: categorical}
                      - {name: n, role: numeric}
                    combinations:
                      - [a, n]
                    """))
        .hasMessageContaining("combinations[0]: 'n' is not a categorical column");
    assertThatThrownBy(
            () ->
                DatasetSchema.parse(
                    """
                    columns:
                      - {name: d, role: date}
                      - {name: y, role: label}
                      - {name: a, role: categorical, hierarchy: [2]}
                      - {name: b, role: categorical}
                    combinations:
                      - [b, "a:4"]
                    """))
        .hasMessageContaining("'a:4' names a level");
  }

  @Test
  void padAndProductAreCheckedWhereTheyAreWritten() {
    String head = "columns:\n  - {name: d, role: date}\n  - {name: y, role: label}\n";
    assertThatThrownBy(() -> DatasetSchema.parse(head + "  - {name: n, role: numeric, pad: 4}\n"))
        .hasMessageContaining("columns[2] (n): only a categorical or id column can be padded");
    assertThatThrownBy(
            () -> DatasetSchema.parse(head + "  - {name: c, role: categorical, pad: 0}\n"))
        .hasMessageContaining("pad is the width");
    assertThatThrownBy(
            () -> DatasetSchema.parse(head + "  - {name: v, role: value, product: [a]}\n"))
        .hasMessageContaining("product needs two columns or more");
    assertThatThrownBy(
            () -> DatasetSchema.parse(head + "  - {name: v, role: numeric, product: [a, b]}\n"))
        .hasMessageContaining("only the value column can be derived");
  }

  @Test
  void namesHowTwoSchemasReadDataDifferentlyAndIgnoresComments() {
    String a =
        "name: x\ncolumns:\n  - {name: d, role: date, format: dd/MM/yyyy}\n"
            + "  - {name: y, role: label}\n  - {name: c, role: categorical}\n";
    DatasetSchema one = DatasetSchema.parse(a);
    assertThat(one.differences(DatasetSchema.parse("# a comment\n" + a))).isEmpty();
    DatasetSchema other = DatasetSchema.parse(a.replace("dd/MM/yyyy", "MM/dd/yyyy"));
    assertThat(one.differences(other))
        .containsExactly("column d: date format dd/MM/yyyy against date format MM/dd/yyyy");
    assertThat(
            one.differences(
                DatasetSchema.parse(a.replace("c, role: categorical", "c, role: numeric"))))
        .containsExactly("column c: categorical against numeric");
  }
}
