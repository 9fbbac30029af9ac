package dev.assay.screening.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.NameNormalizer;
import dev.assay.screening.matching.PartyMatcher;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Japanese names in kanji found from their Hepburn spellings, with Kuromoji on the class path (as
 * in the command line): the kanji are read in Japanese, not as Mandarin pinyin.
 */
class JapaneseNamesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final NameNormalizer N = NameNormalizer.standard();

  static double score(String listed, List<String> countries, PartyKind kind, String screened) {
    ListedParty e =
        new ListedParty(
            "e",
            "wl",
            kind,
            List.of(PartyName.primary(listed, "")),
            countries,
            List.of(),
            List.of(),
            List.of(),
            "");
    PartyMatcher m = new PartyMatcher(List.of(e), N, MatchSettings.bundled());
    return m.candidates(ScreenedParty.named(screened), DAY).stream()
        .mapToDouble(x -> x.score())
        .max()
        .orElse(0);
  }

  @Test
  void a_japanese_person_in_kanji_is_found_from_the_hepburn_spelling() {
    assertThat(score("山本浩二", List.of("JP"), PartyKind.PERSON, "Yamamoto Koji"))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("山本浩二", List.of("JP"), PartyKind.PERSON, "Koji Yamamoto"))
        .isGreaterThanOrEqualTo(0.92);
    // Near miss: same family name, another given name.
    assertThat(score("山本浩二", List.of("JP"), PartyKind.PERSON, "Yamamoto Kenji")).isLessThan(0.8);
  }

  @Test
  void a_japanese_company_is_found_with_its_legal_form_in_latin() {
    assertThat(score("東洋精機株式会社", List.of(), PartyKind.ORGANIZATION, "Toyo Seiki K.K."))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("東洋精機株式会社", List.of(), PartyKind.ORGANIZATION, "Toyo Denki K.K."))
        .isLessThan(0.8);
  }

  @Test
  void a_name_written_with_kana_is_read_in_japanese_on_the_screened_side_too() {
    assertThat(score("Sakura Seimitsu", List.of(), PartyKind.ORGANIZATION, "サクラ精密株式会社"))
        .isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void kanji_without_a_sign_of_japanese_stay_chinese() {
    // No country, no kana, no Japanese legal form: read as Chinese, as before.
    assertThat(score("山本浩二", List.of(), PartyKind.PERSON, "Shanben Haoer"))
        .isGreaterThanOrEqualTo(0.8);
    assertThat(score("山本浩二", List.of(), PartyKind.PERSON, "Yamamoto Koji")).isLessThan(0.8);
  }
}
