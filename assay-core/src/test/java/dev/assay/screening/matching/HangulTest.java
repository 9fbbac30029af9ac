package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Korean names in Hangul found from their Revised, McCune-Reischauer and everyday spellings. */
class HangulTest {

  @Test
  void hangul_is_romanized_syllable_by_syllable_by_the_revised_romanization() {
    assertThat(Hangul.romanized("김정은")).isEqualTo("gim jeong eun");
    assertThat(Hangul.romanized("박성민")).isEqualTo("bak seong min");
    assertThat(Hangul.romanized("한빛")).isEqualTo("han bit");
    assertThat(Hangul.romanized("최영호")).isEqualTo("choe yeong ho");
  }

  @Test
  void a_hangul_name_matches_its_latin_spellings() {
    assertThat(score("김정은", "Kim Jong Un")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("김정은", "Kim Jong-un")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("김정은", "Gim Jeong-eun")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Kim Jong Un", "김정은")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("박성민", "Park Sung-min")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("최영호", "Ch'oe Yŏng-ho")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void a_hangul_name_does_not_match_a_relative_with_another_given_name() {
    assertThat(score("김정은", "Kim Jong Nam")).isLessThan(0.8);
    assertThat(score("김정은", "Kim Yo Jong")).isLessThan(0.8);
    assertThat(score("박성민", "Park Sung-jin")).isLessThan(0.8);
  }
}
