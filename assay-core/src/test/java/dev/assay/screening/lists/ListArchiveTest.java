package dev.assay.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListArchiveTest {
  @TempDir Path dir;

  private static ListedParty entry(String id, String name) {
    return new ListedParty(
        id,
        "wl",
        PartyKind.ORGANIZATION,
        List.of(PartyName.primary(name, "en")),
        List.of("HK"),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  private static RestrictedList version(LocalDate day, ListedParty... entries) {
    return new RestrictedList("wl", "Watch list", day, "test", List.of(entries));
  }

  @Test
  void keeps_every_version_and_reads_the_latest_back_unchanged() {
    ListArchive archive = new ListArchive(dir);
    RestrictedList first =
        version(LocalDate.of(2025, 1, 1), entry("1", "Alpha Trading"), entry("2", "Beta Metals"));
    RestrictedList second =
        version(
            LocalDate.of(2025, 2, 1), entry("1", "Alpha Trading Ltd"), entry("3", "Gamma Alloys"));

    archive.save(first);
    archive.save(second);

    assertThat(archive.versions("wl"))
        .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));
    assertThat(archive.latest()).containsExactly(second);
    assertThat(archive.version("wl", LocalDate.of(2025, 1, 1))).isEqualTo(first);
  }

  @Test
  void says_what_changed_since_the_previous_version() {
    ListArchive archive = new ListArchive(dir);
    ListChanges initial =
        archive.save(
            version(
                LocalDate.of(2025, 1, 1), entry("1", "Alpha Trading"), entry("2", "Beta Metals")));
    ListChanges next =
        archive.save(
            version(
                LocalDate.of(2025, 2, 1),
                entry("1", "Alpha Trading Ltd"),
                entry("3", "Gamma Alloys")));

    assertThat(initial.previous()).isNull();
    assertThat(initial.added()).containsExactly("1", "2");
    assertThat(next.added()).containsExactly("3");
    assertThat(next.removed()).containsExactly("2");
    assertThat(next.changed()).containsExactly("1");
    assertThat(next.summary())
        .isEqualTo("wl 2025-01-01 -> 2025-02-01: 1 added, 1 removed, 1 changed");
  }

  @Test
  void importing_the_same_version_again_reports_no_change() {
    ListArchive archive = new ListArchive(dir);
    RestrictedList list =
        version(LocalDate.of(2025, 1, 1), entry("1", "Alpha Trading"), entry("2", "Beta Metals"));
    assertThat(archive.save(list).added()).hasSize(2);
    ListChanges again = archive.save(list);
    assertThat(again.added()).isEmpty();
    assertThat(again.removed()).isEmpty();
    assertThat(again.changed()).isEmpty();
  }

  @Test
  void the_index_saved_at_import_is_mapped_back_and_reads_entries_from_the_list_file()
      throws Exception {
    ListArchive archive = new ListArchive(dir);
    RestrictedList list =
        version(LocalDate.of(2025, 1, 1), entry("1", "Alpha Trading"), entry("2", "Beta Metals"));
    archive.save(list);
    assertThat(dir.resolve("wl/2025-01-01.index")).exists();
    var normalizer = dev.assay.screening.matching.NameNormalizer.standard();
    var indexes = archive.latestIndexes(normalizer);
    assertThat(indexes).hasSize(1);
    assertThat(indexes.getFirst().toString()).contains("mapped");
    assertThat(indexes.getFirst().entries()).isEqualTo(list.entries());
    // A list file changed behind the index's back: the index is rebuilt, not trusted.
    java.nio.file.Files.delete(dir.resolve("wl/2025-01-01.index"));
    assertThat(archive.latestIndexes(normalizer).getFirst().toString()).doesNotContain("mapped");
    assertThat(archive.latestIndexes(normalizer).getFirst().toString()).contains("mapped");
  }
}
