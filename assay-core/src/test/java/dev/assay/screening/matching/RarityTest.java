package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words are weighed by their rarity in the loaded lists: a word many listed names share says little
 * about which entry is meant.
 */
class RarityTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final NameNormalizer N = NameNormalizer.standard();

  private static ListedParty entry(String id, String name, PartyKind kind) {
    return new ListedParty(
        id,
        "wl",
        kind,
        List.of(PartyName.primary(name, "")),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  private static double score(List<ListedParty> list, String id, String screened) {
    PartyMatcher m = new PartyMatcher(list, N, MatchSettings.bundled());
    return m.candidates(ScreenedParty.named(screened), DAY).stream()
        .filter(x -> x.entry().id().equals(id))
        .mapToDouble(x -> x.score())
        .max()
        .orElse(0);
  }

  /** The entry among 60 other persons named Muhammad Ali something. */
  private static List<ListedParty> crowded(ListedParty target) {
    List<ListedParty> list = new ArrayList<>();
    list.add(target);
    String[] last = {"Khan", "Hassan", "Qureshi", "Siddiqui", "Malik", "Sheikh"};
    for (int i = 0; i < 60; i++) {
      list.add(
          entry(
              "p" + i,
              "Muhammad Ali " + last[i % 6] + " " + (char) ('A' + i % 26) + "x" + i,
              PartyKind.PERSON));
    }
    return list;
  }

  @Test
  void common_given_names_cannot_carry_a_match_when_the_rare_word_differs() {
    ListedParty target = entry("t", "Muhammad Ali Rahmani", PartyKind.PERSON);
    double alone = score(List.of(target), "t", "Muhammad Ali Karimi");
    double crowded = score(crowded(target), "t", "Muhammad Ali Karimi");
    // Two of three words shared: in a list where muhammad and ali are everywhere they weigh less.
    assertThat(crowded).isLessThan(alone);
    assertThat(crowded).isLessThan(0.8);
  }

  @Test
  void the_rare_word_still_finds_the_entry_among_common_ones() {
    ListedParty target = entry("t", "Muhammad Ali Rahmani", PartyKind.PERSON);
    assertThat(score(crowded(target), "t", "Mohammad Ali Rahmani")).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void a_trade_word_no_listed_name_has_counts_against_the_match() {
    ListedParty target = entry("c", "Corvane Shipping", PartyKind.ORGANIZATION);
    List<ListedParty> list = List.of(target, entry("d", "Dorval Shipping", PartyKind.ORGANIZATION));
    // "industrial" is a trade word, but no listed name has it: it is evidence of another company.
    double extra = score(list, "c", "Corvane Shipping Industrial");
    assertThat(extra).isLessThan(score(list, "c", "Corvane Shipping"));
    assertThat(score(list, "c", "Corvane Shipping")).isGreaterThanOrEqualTo(0.92);
  }
}
