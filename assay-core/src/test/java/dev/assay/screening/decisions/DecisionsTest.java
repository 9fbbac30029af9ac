package dev.assay.screening.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.CountryCode;
import dev.assay.screening.ListedParty;
import dev.assay.screening.Listing;
import dev.assay.screening.ListingAction;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.ScreenedParty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final Instant NOW = Instant.parse("2025-06-01T09:30:00Z");

  @TempDir Path dir;

  private static RestrictedList list(String... names) {
    return new RestrictedList(
        "wl",
        "Watch list",
        LocalDate.of(2025, 1, 1),
        "test",
        List.of(
            new ListedParty(
                "c1",
                "wl",
                PartyKind.ORGANIZATION,
                java.util.Arrays.stream(names).map(n -> PartyName.primary(n, "en")).toList(),
                List.of("AE"),
                List.of(),
                List.of(),
                List.of(
                    new Listing(
                        ListingAction.LISTED, "WL 2025/1", LocalDate.of(2025, 1, 1), null, "", "")),
                "")));
  }

  private PartyScreening screening(DecisionStore store, RestrictedList list) {
    return PartyScreening.over(List.of(list), store);
  }

  @Test
  void a_dismissed_false_positive_is_not_raised_again_but_stays_on_record() {
    DecisionStore store = JsonLinesDecisionStore.open(dir.resolve("decisions.jsonl"));
    PartyScreening screening = screening(store, list("Kestrel Gallium Trading"));
    ScreenedParty party = ScreenedParty.of("Kestrel Gallium Trading FZE", CountryCode.parse("AE"));
    assertThat(screening.screen(party, DAY).raised()).hasSize(1);

    screening.decide(
        party,
        "wl:c1",
        DecisionKind.DISMISSED,
        "officer.li",
        "different licence holder, checked trade register",
        NOW);

    var result = screening.screen(party, DAY);
    assertThat(result.raised()).isEmpty();
    assertThat(result.hits())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.raised()).isFalse();
              assertThat(h.decision().orElseThrow().by()).isEqualTo("officer.li");
            });
  }

  @Test
  void a_dismissal_lapses_when_the_list_entry_changes() {
    DecisionStore store = new InMemoryDecisionStore();
    ScreenedParty party = ScreenedParty.named("Kestrel Gallium Trading");
    screening(store, list("Kestrel Gallium Trading"))
        .decide(party, "wl:c1", DecisionKind.DISMISSED, "a", "b", NOW);

    PartyScreening afterChange =
        screening(store, list("Kestrel Gallium Trading", "Kestrel Ga Trading"));

    assertThat(afterChange.screen(party, DAY).raised()).hasSize(1);
  }

  @Test
  void a_dismissal_lapses_when_the_party_changes_but_not_for_case_or_legal_form() {
    DecisionStore store = new InMemoryDecisionStore();
    PartyScreening screening = screening(store, list("Kestrel Gallium Trading"));
    screening.decide(
        ScreenedParty.named("Kestrel Gallium Trading"),
        "wl:c1",
        DecisionKind.DISMISSED,
        "a",
        "b",
        NOW);

    assertThat(screening.screen(ScreenedParty.named("KESTREL GALLIUM TRADING LLC"), DAY).raised())
        .isEmpty();
    assertThat(screening.screen(ScreenedParty.named("Kestrel Galium Trading"), DAY).raised())
        .hasSize(1);
    assertThat(
            screening
                .screen(ScreenedParty.of("Kestrel Gallium Trading", CountryCode.parse("AE")), DAY)
                .raised())
        .hasSize(1);
  }

  @Test
  void confirmed_and_escalated_matches_stay_raised_and_the_latest_decision_wins() {
    DecisionStore store = new InMemoryDecisionStore();
    PartyScreening screening = screening(store, list("Kestrel Gallium Trading"));
    ScreenedParty party = ScreenedParty.named("Kestrel Gallium Trading");

    screening.decide(party, "wl:c1", DecisionKind.DISMISSED, "a", "looked different", NOW);
    screening.decide(
        party,
        "wl:c1",
        DecisionKind.ESCALATED,
        "b",
        "same address as the listed firm",
        NOW.plusSeconds(60));
    assertThat(screening.screen(party, DAY).raised())
        .singleElement()
        .satisfies(h -> assertThat(h.confirmed()).isFalse());

    screening.decide(
        party,
        "wl:c1",
        DecisionKind.CONFIRMED,
        "c",
        "registration number matches",
        NOW.plusSeconds(120));
    assertThat(screening.screen(party, DAY).raised())
        .singleElement()
        .satisfies(h -> assertThat(h.confirmed()).isTrue());
    assertThat(store.history(PartyKey.of(party, screening.matcher().normalizer()), "wl:c1"))
        .hasSize(3);
  }

  @Test
  void the_file_store_appends_and_reads_back_every_decision() throws Exception {
    Path file = dir.resolve("decisions.jsonl");
    PartyScreening screening =
        screening(JsonLinesDecisionStore.open(file), list("Kestrel Gallium Trading"));
    ScreenedParty party = ScreenedParty.named("Kestrel Gallium Trading");
    screening.decide(
        party, "wl:c1", DecisionKind.ESCALATED, "officer.wang", "needs end-user check", NOW);
    screening.decide(
        party,
        "wl:c1",
        DecisionKind.CONFIRMED,
        "officer.zhao",
        "confirmed by MOFCOM",
        NOW.plusSeconds(5));

    DecisionStore reopened = JsonLinesDecisionStore.open(file);

    assertThat(Files.readAllLines(file)).hasSize(2);
    assertThat(reopened.all())
        .extracting(Decision::kind)
        .containsExactly(DecisionKind.ESCALATED, DecisionKind.CONFIRMED);
    assertThat(reopened.all().getFirst().at()).isEqualTo(NOW);
    assertThat(reopened.all().getFirst().reason()).isEqualTo("needs end-user check");
  }

  @Test
  void a_decision_needs_who_and_why_and_an_existing_entry() {
    PartyScreening screening =
        screening(new InMemoryDecisionStore(), list("Kestrel Gallium Trading"));
    ScreenedParty party = ScreenedParty.named("x");

    assertThatThrownBy(
            () -> screening.decide(party, "wl:c1", DecisionKind.DISMISSED, " ", "why", NOW))
        .hasMessageContaining("who");
    assertThatThrownBy(
            () -> screening.decide(party, "wl:c1", DecisionKind.DISMISSED, "who", "", NOW))
        .hasMessageContaining("why");
    assertThatThrownBy(
            () -> screening.decide(party, "wl:nope", DecisionKind.DISMISSED, "who", "why", NOW))
        .hasMessageContaining("no list entry wl:nope");
  }

  @Test
  void a_damaged_decision_file_is_refused_with_its_line() throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "\n{\"partyKey\":\"k\"}\n");

    assertThatThrownBy(() -> JsonLinesDecisionStore.open(file)).hasMessageContaining("line 2");
  }
}
