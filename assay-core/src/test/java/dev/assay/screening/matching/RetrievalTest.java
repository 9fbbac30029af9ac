package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.evaluation.EvaluationData;
import dev.assay.screening.lists.ShippedLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retrieval cannot lose an exact name: word order, other lists, crowds of relatives. */
class RetrievalTest {
  private static final LocalDate DAY = EvaluationData.DAY;
  private static final NameNormalizer NORMALIZER = NameNormalizer.standard();

  private static ListedParty org(String list, String id, String... names) {
    List<PartyName> n = new ArrayList<>();
    n.add(PartyName.primary(names[0], "en"));
    for (int i = 1; i < names.length; i++) {
      n.add(PartyName.alias(names[i], ""));
    }
    return new ListedParty(
        id, list, PartyKind.ORGANIZATION, n, List.of(), List.of(), List.of(), List.of(), "");
  }

  @Test
  void every_entry_is_found_from_every_one_of_its_names_in_any_word_order() {
    List<RestrictedList> lists = new ArrayList<>(ShippedLists.chinese());
    lists.addAll(EvaluationData.lists());
    PartyMatcher matcher = PartyMatcher.over(lists, MatchSettings.bundled());
    List<String> lost = new ArrayList<>();
    int queries = 0;
    for (RestrictedList list : lists) {
      for (ListedParty e : list.entries()) {
        if (e.status(DAY) != dev.assay.screening.ListingStatus.ACTIVE) {
          continue;
        }
        for (PartyName name : e.names()) {
          List<String> words =
              new ArrayList<>(
                  NORMALIZER.normalize(name.text()).tokens().stream()
                      .map(NameToken::text)
                      .toList());
          // A Han character read as a Latin stop word ("da" for 大, cut off by the stop character
          // 和 in 大和電子工業) is dropped from a Latin query by the normalizer before retrieval;
          // that is a limit of reading Japanese kanji as pinyin, not of retrieval.
          if (words.isEmpty()
              || words.stream().anyMatch(w -> NORMALIZER.vocabulary().stopWords().contains(w))) {
            continue;
          }
          List<List<String>> orders = new ArrayList<>();
          orders.add(List.copyOf(words));
          List<String> reversed = new ArrayList<>(words);
          Collections.reverse(reversed);
          orders.add(reversed);
          List<String> rotated = new ArrayList<>(words);
          Collections.rotate(rotated, 1);
          orders.add(rotated);
          for (List<String> order : orders) {
            String query = String.join(" ", order);
            queries++;
            boolean found =
                matcher.match(ScreenedParty.named(query), DAY).stream()
                    .anyMatch(m -> m.entry().key().equals(e.key()));
            if (!found) {
              lost.add(e.key() + " from '" + query + "' (" + name.text() + ")");
            }
          }
        }
      }
    }
    assertThat(queries).isGreaterThan(500);
    assertThat(lost).isEmpty();
  }

  @Test
  void an_exact_name_is_found_however_many_relatives_crowd_the_candidates() {
    List<ListedParty> entries = new ArrayList<>();
    // 40 relatives of a famous name, each sharing all but one word with it.
    for (int i = 0; i < 40; i++) {
      entries.add(org("big", "r" + i, "Gazprom Neft Trading " + (char) ('A' + i % 26) + "x" + i));
    }
    entries.add(org("small", "target", "Trading Gazprom Neft Vostok", "Neft Gazprom Trading"));
    PartyMatcher matcher = new PartyMatcher(entries, NORMALIZER, MatchSettings.bundled());
    assertThat(
            matcher.match(ScreenedParty.named("Gazprom Neft Trading"), DAY).stream()
                .map(m -> m.entry().key()))
        .contains("small:target");
  }

  @Test
  void an_exact_name_on_one_list_is_not_cut_by_a_better_overlap_on_another() {
    // One index over both lists would rank the long name on the big list far above the short
    // exact one and cut it at half the best; each list has its own candidates.
    List<ListedParty> entries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      entries.add(
          org("big", "b" + i, "Ural Vostok Kaskad Metall Nord Zavod Holding " + i, "UVKMNZ " + i));
    }
    entries.add(org("small", "s", "Kaskad"));
    PartyMatcher matcher = new PartyMatcher(entries, NORMALIZER, MatchSettings.bundled());
    assertThat(matcher.lists()).extracting(ListIndex::listId).containsExactly("big", "small");
    assertThat(
            matcher
                .match(ScreenedParty.named("Ural Vostok Kaskad Metall Nord Zavod Holding"), DAY)
                .stream()
                .map(m -> m.entry().key()))
        .contains("big:b0");
    assertThat(matcher.match(ScreenedParty.named("Kaskad"), DAY).stream().map(m -> m.entry().key()))
        .contains("small:s");
  }

  @Test
  void a_different_name_is_not_found_by_the_exact_lookup() {
    PartyMatcher matcher =
        new PartyMatcher(
            List.of(org("wl", "a", "Northern Lights Shipping")),
            NORMALIZER,
            MatchSettings.bundled());
    assertThat(matcher.match(ScreenedParty.named("Southern Lights Mining"), DAY)).isEmpty();
  }

  @Test
  void an_exact_name_does_not_hide_a_near_relative_listed_apart() {
    // "Vostrana Gasprom" is one letter from the exact "Vostrana Gazprom": another entry (or the
    // same company on another list) that must be scored too. The exact name's compact form and
    // word pairs used to set a floor that cut every relative under half of it.
    PartyMatcher matcher =
        new PartyMatcher(
            List.of(
                org("wl", "exact", "Vostrana Gazprom"),
                org("wl", "typo", "Vostrana Gasprom"),
                org("wl", "other", "Vostrana Shipping Lines")),
            NORMALIZER,
            MatchSettings.bundled());
    List<String> raised =
        matcher.match(ScreenedParty.named("Vostrana Gazprom"), DAY).stream()
            .map(m -> m.entry().key())
            .toList();
    assertThat(raised).contains("wl:exact", "wl:typo");
    // Near miss: a name sharing one word only is still not raised.
    assertThat(raised).doesNotContain("wl:other");
  }
}
