package dev.assay.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFileDetectorTest {
  @TempDir Path dir;

  private static Path fixture(String path) throws Exception {
    return Path.of(ListFileDetectorTest.class.getResource("/screening/lists/" + path).toURI());
  }

  @Test
  void tells_every_format_by_its_contents() throws Exception {
    assertThat(ListFileDetector.format(fixture("un/consolidated.xml"))).contains(ListFormat.UN_XML);
    assertThat(ListFileDetector.format(fixture("opensanctions/entities.ftm.json")))
        .contains(ListFormat.FTM_JSON);
    assertThat(ListFileDetector.format(fixture("opensanctions/targets.simple.csv")))
        .contains(ListFormat.OPENSANCTIONS_CSV);
    assertThat(ListFileDetector.format(fixture("cn/announcements.csv")))
        .contains(ListFormat.CN_CSV);
    assertThat(ListFileDetector.format(fixture("watchlist/watchlist.csv")))
        .contains(ListFormat.WATCHLIST_CSV);
    assertThat(ListFileDetector.format(fixture("ofac"))).contains(ListFormat.OFAC_SDN);
    assertThat(ListFileDetector.ofacRole(fixture("ofac/sdn.csv")))
        .contains(ListFileDetector.OfacRole.SDN);
    assertThat(ListFileDetector.ofacRole(fixture("ofac/alt.csv")))
        .contains(ListFileDetector.OfacRole.ALT);
    assertThat(ListFileDetector.ofacRole(fixture("ofac/add.csv")))
        .contains(ListFileDetector.OfacRole.ADD);
    Path other = dir.resolve("notes.txt");
    Files.writeString(other, "just some notes, not a list\n");
    assertThat(ListFileDetector.format(other)).isEmpty();
  }

  @Test
  void ofac_files_under_any_names_import_as_under_their_own() throws Exception {
    Files.copy(fixture("ofac/sdn.csv"), dir.resolve("SDN (1).CSV"));
    Files.copy(fixture("ofac/alt.csv"), dir.resolve("aliases-2025.csv"));
    Files.copy(fixture("ofac/add.csv"), dir.resolve("x.txt"));
    LocalDate day = LocalDate.of(2025, 11, 28);
    ListImport renamed =
        ListImporter.read(
            ListFormat.OFAC_SDN,
            List.of(
                dir.resolve("x.txt"), dir.resolve("aliases-2025.csv"), dir.resolve("SDN (1).CSV")),
            null,
            day);
    ListImport original =
        ListImporter.read(ListFormat.OFAC_SDN, List.of(fixture("ofac")), null, day);
    assertThat(renamed.lists().getFirst().entries())
        .isEqualTo(original.lists().getFirst().entries());
    assertThat(renamed.lists().getFirst().entries().stream().mapToInt(e -> e.names().size()).sum())
        .isGreaterThan(renamed.lists().getFirst().entries().size());
  }
}
