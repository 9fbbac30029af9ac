package dev.assay.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatch;
import dev.assay.screening.matching.PartyMatcher;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped Chinese lists, and the target that every entity is found in both languages. */
class ShippedChineseListsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private final List<RestrictedList> lists = ShippedLists.chinese();
  private final PartyMatcher matcher = PartyMatcher.over(lists, MatchSettings.bundled());

  private Stream<ListedParty> entries() {
    return lists.stream().flatMap(l -> l.entries().stream());
  }

  @Test
  void both_lists_ship_dated_with_every_entry_bilingual_and_cited() {
    assertThat(lists)
        .extracting(RestrictedList::id)
        .containsExactly(
            RestrictedList.CN_EXPORT_CONTROL_LIST, RestrictedList.CN_UNRELIABLE_ENTITY_LIST);
    assertThat(lists).allSatisfy(l -> assertThat(l.entries()).hasSizeGreaterThan(50));
    assertThat(entries())
        .allSatisfy(
            e -> {
              assertThat(e.nameIn("zh")).isPresent();
              assertThat(e.nameIn("en")).isPresent();
              assertThat(e.history())
                  .isNotEmpty()
                  .allSatisfy(l -> assertThat(l.announcement()).isNotBlank());
            });
  }

  @Test
  void every_entity_is_found_from_its_chinese_name_and_shown_with_its_english_name() {
    assertThat(entries())
        .allSatisfy(
            e -> {
              List<PartyMatch> matches =
                  matcher.match(ScreenedParty.named(e.nameIn("zh").orElseThrow().text()), DAY);
              assertThat(matches)
                  .as(e.key())
                  .anySatisfy(
                      m -> {
                        assertThat(m.entry()).isEqualTo(e);
                        assertThat(m.entry().primaryName().text())
                            .isEqualTo(e.nameIn("en").orElseThrow().text());
                      });
            });
  }

  @Test
  void every_entity_is_found_from_its_english_name_and_shown_with_its_chinese_name() {
    assertThat(entries())
        .allSatisfy(
            e -> {
              List<PartyMatch> matches =
                  matcher.match(ScreenedParty.named(e.nameIn("en").orElseThrow().text()), DAY);
              assertThat(matches)
                  .as(e.key())
                  .anySatisfy(
                      m -> {
                        assertThat(m.entry()).isEqualTo(e);
                        assertThat(m.entry().nameIn("zh")).contains(e.nameIn("zh").orElseThrow());
                      });
            });
  }

  @Test
  void an_entity_is_not_matched_before_the_announcement_listing_it() {
    ScreenedParty skydio = ScreenedParty.named("斯凯迪奥公司");

    assertThat(matcher.match(skydio, LocalDate.of(2025, 3, 3))).isEmpty();
    assertThat(matcher.match(skydio, LocalDate.of(2025, 3, 4)))
        .extracting(m -> m.basis())
        .containsExactly("商务部公告2025年第13号 (cn-export-control-list)");
  }

  @Test
  void an_investigation_alone_does_not_list_an_entity() {
    ScreenedParty pvh = ScreenedParty.named("PVH Corp.");

    assertThat(matcher.match(pvh, LocalDate.of(2024, 12, 1))).isEmpty();
    assertThat(matcher.match(pvh, LocalDate.of(2025, 2, 4))).isNotEmpty();
  }

  @Test
  void the_shipped_lists_are_read_and_indexed_once_per_process_as_a_fresh_index_would_be() {
    var index = ShippedLists.index();

    assertThat(ShippedLists.chinese()).isSameAs(lists);
    assertThat(ShippedLists.index()).isSameAs(index);
    assertThat(index).hasSize(lists.size());
    var normalizer = dev.assay.screening.matching.NameNormalizer.standard();
    for (int i = 0; i < lists.size(); i++) {
      var fresh = dev.assay.screening.matching.ListIndex.build(lists.get(i), normalizer);
      assertThat(index.get(i).listId()).isEqualTo(fresh.listId());
      assertThat(index.get(i).names()).isEqualTo(fresh.names());
      assertThat(index.get(i).entryCount()).isEqualTo(fresh.entryCount());
    }
  }
}
