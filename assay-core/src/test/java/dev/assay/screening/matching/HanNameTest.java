package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name in Chinese characters is compared with the entry's characters, not with its pinyin alias,
 * when the entry has both.
 */
class HanNameTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private static double best(List<PartyName> names, String screened) {
    ListedParty e =
        new ListedParty(
            "e", "wl", PartyKind.PERSON, names, List.of(), List.of(), List.of(), List.of(), "");
    PartyMatcher m =
        new PartyMatcher(List.of(e), NameNormalizer.standard(), MatchSettings.bundled());
    return m.candidates(ScreenedParty.named(screened), DAY).stream()
        .mapToDouble(PartyMatch::score)
        .max()
        .orElse(0);
  }

  @Test
  void the_same_characters_or_their_traditional_forms_still_match() {
    List<PartyName> names =
        List.of(PartyName.primary("王立军", "zh"), PartyName.alias("Wang Lijun", "en"));
    assertThat(best(names, "王立军")).isEqualTo(1.0);
    assertThat(best(names, "王立軍")).isEqualTo(1.0);
    assertThat(best(names, "Wang Lijun")).isEqualTo(1.0);
  }

  @Test
  void other_characters_of_the_same_sound_do_not_match_through_the_pinyin_alias() {
    List<PartyName> names =
        List.of(PartyName.primary("王立军", "zh"), PartyName.alias("Wang Lijun", "en"));
    assertThat(best(names, "王立君")).isLessThan(0.8);
  }

  @Test
  void an_entry_known_only_in_pinyin_keeps_the_sound_match() {
    assertThat(best(List.of(PartyName.primary("Wang Lijun", "en")), "王立君"))
        .isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void only_han_without_latin_letters_counts_as_written_in_han() {
    assertThat(PartyMatcher.writtenInHan("王立军")).isTrue();
    assertThat(PartyMatcher.writtenInHan("王立军 Wang")).isFalse();
    assertThat(PartyMatcher.writtenInHan("Wang Lijun")).isFalse();
  }
}
