package dev.assay.controllist;

import static dev.assay.controllist.Queries.GERMANY;
import static dev.assay.controllist.Queries.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new announcement, an amendment or a suspension is a data change: a file in a directory, loaded
 * on top of the shipped list, with no code change.
 */
class ExternalMeasuresTest {
  @TempDir Path directory;

  private void write(String name, String yaml) throws IOException {
    Files.writeString(directory.resolve(name), yaml);
  }

  @Test
  void a_new_announcement_controls_a_new_code_from_its_effective_date() throws IOException {
    write(
        "2027-001-platinum.yaml",
        """
        id: TEST-2027-1
        citation: TEST 2027 No. 1
        title: Fictitious control on platinum items
        authorities: [MOFCOM, GAC]
        issued: 2027-02-01
        effective: 2027-03-01
        kind: LICENSE_REQUIRED
        sources: [TEST]
        confidence: confirmed
        items:
          - id: platinum-1
            mineral: platinum
            controlCode: "1C999.a"
            name: unwrought platinum
            hs: ["7110110000"]
            sources: [TEST]
            confidence: likely
        """);

    ControlList list = ControlList.load(directory);

    assertThat(list.determine(line("7110110000", GERMANY, "2027-02-28")).verdict())
        .isEqualTo(Verdict.NOT_CONTROLLED);
    Determination d = list.determine(line("7110110000", GERMANY, "2027-03-01"));
    assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(d.decisive().orElseThrow().basis()).isEqualTo("TEST 2027 No. 1");
    assertThat(list.version())
        .startsWith("TEST-2027-1+")
        .isNotEqualTo(ControlList.bundled().version());
    assertThat(ControlList.bundled().determine(line("7110110000", GERMANY, "2027-03-01")).verdict())
        .isEqualTo(Verdict.NOT_CONTROLLED);
  }

  @Test
  void a_suspension_of_one_item_of_a_shipped_measure_takes_effect_for_its_period()
      throws IOException {
    write(
        "2027-002-suspension.yaml",
        """
        id: TEST-2027-2
        citation: TEST 2027 No. 2
        title: Fictitious suspension of the control on gallium metal for June 2027
        authorities: [MOFCOM, GAC]
        issued: 2027-05-20
        kind: SUSPENSION
        sources: [TEST]
        confidence: confirmed
        suspends:
          - measure: MOFCOM-GAC-2023-23
            items: [gallium-1]
            from: 2027-06-01
            until: 2027-06-30
            sources: [TEST]
            confidence: confirmed
        """);

    ControlList list = ControlList.load(directory);

    Determination suspended = list.determine(line("8112929010", GERMANY, "2027-06-15"));
    assertThat(suspended.verdict()).isEqualTo(Verdict.NOT_CONTROLLED);
    assertThat(suspended.notes())
        .anySatisfy(n -> assertThat(n).contains("suspended").contains("TEST 2027 No. 2"));
    assertThat(list.determine(line("2850001901", GERMANY, "2027-06-15")).verdict())
        .as("gallium nitride, another item of the same measure")
        .isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(list.determine(line("8112929010", GERMANY, "2027-07-01")).verdict())
        .isEqualTo(Verdict.LICENSE_REQUIRED);
  }

  @Test
  void an_extension_of_the_october_2025_suspension_keeps_lithium_cells_dormant()
      throws IOException {
    write(
        "2026-099-extension.yaml",
        """
        id: TEST-2026-99
        citation: TEST 2026 No. 99
        title: Fictitious extension of the suspension of MOFCOM-GAC 2025 No. 58
        authorities: [MOFCOM, GAC]
        issued: 2026-11-01
        kind: SUSPENSION
        sources: [TEST]
        confidence: confirmed
        suspends:
          - measure: MOFCOM-GAC-2025-58
            from: 2026-11-11
            until: 2027-11-10
            sources: [TEST]
            confidence: confirmed
        """);

    ControlList list = ControlList.load(directory);

    assertThat(
            list.determine(line("85076000", "lithium-ion cells", GERMANY, "2026-12-01")).verdict())
        .isEqualTo(Verdict.NOT_CONTROLLED);
    assertThat(
            list.determine(line("85076000", "lithium-ion cells", GERMANY, "2027-11-11")).verdict())
        .isEqualTo(Verdict.LICENSE_REQUIRED);
  }

  @Test
  void only_yaml_files_are_read_from_the_directory() throws IOException {
    write("README.txt", "not a measure");

    assertThat(ControlList.load(directory).measures())
        .hasSameSizeAs(ControlList.bundled().measures());
  }
}
