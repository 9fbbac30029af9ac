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
}
