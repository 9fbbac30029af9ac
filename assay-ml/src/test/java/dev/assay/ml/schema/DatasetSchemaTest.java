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
}
