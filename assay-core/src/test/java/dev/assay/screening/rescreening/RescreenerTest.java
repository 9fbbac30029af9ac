package dev.assay.screening.rescreening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.decisions.InMemoryDecisionStore;
import dev.assay.screening.rescreening.MatchChange.ChangedMatch;
import dev.assay.screening.rescreening.MatchChange.GoneMatch;
import dev.assay.screening.rescreening.MatchChange.NewMatch;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RescreenerTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  @TempDir Path dir;

  private static ListedParty entry(String id, String... names) {
    return new ListedParty(
        id,
        "wl",
        PartyKind.ORGANIZATION,
        java.util.Arrays.stream(names).map(n -> PartyName.primary(n, "en")).toList(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  private static Rescreener over(ListedParty... entries) {
    RestrictedList list = new RestrictedList("wl", "Watch list", DAY, "test", List.of(entries));
    return new Rescreener(PartyScreening.over(List.of(list), new InMemoryDecisionStore()));
  }

  private final List<ScreenedParty> parties =
      List.of(
          ScreenedParty.named("Kestrel Gallium Trading FZE"),
          ScreenedParty.named("Bluewater Ceramics Ltd"));

  @Test
  void the_first_screening_reports_every_match_as_new() {
    var report =
        over(entry("1", "Kestrel Gallium Trading")).rescreen(parties, ScreeningState.empty(), DAY);

    assertThat(report.changes()).singleElement().isInstanceOf(NewMatch.class);
    assertThat(report.state().size()).isEqualTo(2);
  }

  @Test
  void screening_again_against_the_same_list_reports_nothing() {
    Rescreener r = over(entry("1", "Kestrel Gallium Trading"));
    var first = r.rescreen(parties, ScreeningState.empty(), DAY);

    assertThat(r.rescreen(List.of(), first.state(), DAY).changes()).isEmpty();
  }

  @Test
  void a_new_list_version_reports_only_what_changed_for_everyone_screened_before() {
    var first =
        over(entry("1", "Kestrel Gallium Trading")).rescreen(parties, ScreeningState.empty(), DAY);
    Path file = dir.resolve("state.jsonl");
    first.state().save(file);

    var second =
        over(entry("2", "Bluewater Ceramics"), entry("1", "Kestrel Gallium Trading", "Kestrel Ga"))
            .rescreen(List.of(), ScreeningState.load(file), DAY);

    assertThat(second.partiesScreened()).isEqualTo(2);
    assertThat(second.changes()).hasSize(2);
    assertThat(second.changes())
        .anySatisfy(
            c -> {
              assertThat(c).isInstanceOf(NewMatch.class);
              assertThat(c.entryKey()).isEqualTo("wl:2");
            });
    assertThat(second.changes())
        .anySatisfy(
            c -> {
              assertThat(c).isInstanceOf(ChangedMatch.class);
              assertThat(((ChangedMatch) c).entryChanged()).isTrue();
            });

    var third = over(entry("2", "Bluewater Ceramics")).rescreen(List.of(), second.state(), DAY);
    assertThat(third.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c).isInstanceOf(GoneMatch.class);
              assertThat(c.describe()).startsWith("GONE     Kestrel Gallium Trading FZE ~ wl:1");
            });
  }
}
