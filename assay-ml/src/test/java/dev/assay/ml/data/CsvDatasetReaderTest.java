package dev.assay.ml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.ml.schema.DatasetSchema;
import dev.assay.ml.schema.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {
  static final DatasetSchema SCHEMA =
      DatasetSchema.parse(
          """
          columns:
            - {name: "no", role: id}
            - {name: when, role: date, format: dd/MM/yyyy}
            - {name: who, role: categorical}
            - {name: fob, role: numeric}
            - {name: caught, role: label, positive: [Y], negative: [N]}
            - {name: duty, role: value}
          """);

  @Test
  void reportsBadRowsAndKeepsWhatItCan(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("d.csv");
    Files.writeString(
        csv,
        """
        no,when,who,fob,caught,duty,extra
        a,02/01/2024,X,10.5,Y,300,1
        b,31/02/2024,X,1,N,,1
        c,03/01/2024,,ten,N,,1
        d,01/01/2024,Z,3,maybe,,1
        e,04/01/2024,Z,4,,,1
        """);
    Dataset d = CsvDatasetReader.read(csv, SCHEMA);
    assertThat(d.rows()).extracting(Row::id).containsExactly("a", "c", "e");
    assertThat(d.report().rowsRejected()).isEqualTo(2);
    assertThat(d.report().firstProblems())
        .extracting(RowProblem::describe)
        .anySatisfy(m -> assertThat(m).contains("line 3 (b), when '31/02/2024': not a date"))
        .anySatisfy(m -> assertThat(m).contains("(c), fob 'ten': not a number; kept as missing"))
        .anySatisfy(m -> assertThat(m).contains("(d), caught 'maybe': neither a positive"));
    Row c = d.rows().get(1);
    assertThat(c.categories()[0]).isNull();
    assertThat(c.numbers()[0]).isNaN();
    assertThat(d.rows().get(0).value()).isEqualTo(300);
    assertThat(d.rows().get(2).labelled()).isFalse();
    assertThat(d.report().missing()).containsEntry("who", 1L);
  }

  @Test
  void aColumnNameThatYamlReadsAsABooleanIsCaught() {
    assertThatThrownBy(
            () ->
                DatasetSchema.parse(
                    "columns:\n  - {name: no, role: id}\n  - {name: d, role: date}\n"
                        + "  - {name: y, role: label}\n"))
        .hasMessageContaining("columns[0]: name reads as the YAML boolean false; quote it");
  }

  @Test
  void aMissingColumnIsNamed(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("d.csv");
    Files.writeString(csv, "no,when,who,caught,duty\na,02/01/2024,X,Y,1\n");
    assertThatThrownBy(() -> CsvDatasetReader.read(csv, SCHEMA))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("lacks the schema's columns [fob]");
  }

  @Test
  void restoresLeadingZerosAndDerivesTheRevenueOfAViolation(@TempDir Path dir) throws Exception {
    DatasetSchema schema =
        DatasetSchema.parse(
            """
            columns:
              - {name: id, role: id}
              - {name: when, role: date}
              - {name: hs, role: categorical, hierarchy: [2], pad: 6}
              - {name: cif, role: numeric}
              - {name: rate, role: ignore}
              - {name: caught, role: label}
              - {name: duty, role: value, product: [cif, rate]}
            """);
    Path csv = dir.resolve("d.csv");
    Files.writeString(
        csv,
        """
        id,when,hs,cif,rate,caught
        a,2024-01-02,30110,1000,0.25,1
        b,2024-01-02,810110,500,0.1,0
        c,2024-01-03,ABC1,500,x,1
        """);
    Dataset d = CsvDatasetReader.read(csv, schema);
    // A code that lost its leading zero gets it back, so 030110 and its chapter 03 are found.
    assertThat(d.rows())
        .extracting(r -> r.categories()[0])
        .containsExactly("030110", "810110", "ABC1");
    assertThat(d.rows().get(0).value()).isEqualTo(250.0);
    assertThat(d.rows().get(1).value()).isNaN(); // recovered only from violations
    assertThat(d.rows().get(2).value()).isNaN();
    assertThat(d.report().firstProblems())
        .extracting(RowProblem::describe)
        .anySatisfy(m -> assertThat(m).contains("(c), rate 'x': not a number"));

    Files.writeString(csv, "id,when,hs,cif,caught\na,2024-01-02,1,1,1\n");
    assertThatThrownBy(() -> CsvDatasetReader.read(csv, schema))
        .hasMessageContaining("lacks the schema's columns [rate]");
  }
}
