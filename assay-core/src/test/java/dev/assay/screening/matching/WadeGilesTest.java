package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chinese names in Wade-Giles found from pinyin and characters, and only those. */
class WadeGilesTest {

  @Test
  void wade_giles_syllables_become_pinyin() {
    assertThat(WadeGiles.syllable("hsi")).isEqualTo("xi");
    assertThat(WadeGiles.syllable("ch'ing")).isEqualTo("qing");
    assertThat(WadeGiles.syllable("chiang")).isEqualTo("jiang");
    assertThat(WadeGiles.syllable("chih")).isEqualTo("zhi");
    assertThat(WadeGiles.syllable("kuo")).isEqualTo("guo");
    assertThat(WadeGiles.syllable("tzu")).isEqualTo("zi");
    assertThat(WadeGiles.syllable("hsiung")).isEqualTo("xiong");
    assertThat(WadeGiles.syllable("london")).isNull();
  }

  @Test
  void a_name_is_rewritten_only_when_one_word_can_only_be_wade_giles() {
    assertThat(WadeGiles.toPinyin("chiang chien-kuo")).isEqualTo("jiang jianguo");
    assertThat(WadeGiles.toPinyin("chang chih-ch'iang")).isEqualTo("zhang zhiqiang");
    // Pinyin, Korean and English names are left alone.
    assertThat(WadeGiles.toPinyin("zhang zhiqiang")).isEqualTo("zhang zhiqiang");
    assertThat(WadeGiles.toPinyin("chung ju-yung")).isEqualTo("chung ju-yung");
    assertThat(WadeGiles.toPinyin("chester chemicals")).isEqualTo("chester chemicals");
  }

  @Test
  void a_wade_giles_name_matches_the_pinyin_and_the_characters() {
    assertThat(score("蒋建国", "Chiang Chien-kuo")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Jiang Jianguo", "Chiang Chien-kuo")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("徐庆华", "Hsu Ch'ing-hua")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Xi Jinping", "Hsi Chin-p'ing")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void a_wade_giles_name_with_another_given_name_does_not_match() {
    assertThat(score("蒋建国", "Chiang Chien-hua")).isLessThan(0.8);
    // Zhiming against Zhiqiang is the pinyin matcher's own near miss (half the given name alike):
    // Wade-Giles reads it exactly as pinyin would, below the block threshold.
    assertThat(score("Zhang Zhiqiang", "Chang Chih-ming"))
        .isEqualTo(score("Zhang Zhiqiang", "Zhang Zhiming"))
        .isLessThan(0.92);
  }
}
