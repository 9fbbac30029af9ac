package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Russian and Ukrainian names in Cyrillic against the Latin spellings of the usual transliteration
 * systems, and a patronymic present on one side only. Names invented for these tests.
 */
class CyrillicTest {

  @Test
  void the_transliteration_systems_give_one_key() {
    assertThat(Cyrillic.key("kuznetsov")).isEqualTo(Cyrillic.key("kusnezow"));
    assertThat(Cyrillic.key("kuznetsov")).isEqualTo(Cyrillic.key("kouznetsov"));
    assertThat(Cyrillic.key("shcherbakov")).isEqualTo(Cyrillic.key("chtcherbakov"));
    assertThat(Cyrillic.key("shcherbakov")).isEqualTo(Cyrillic.key("schtscherbakow"));
    assertThat(Cyrillic.key("yuliya")).isEqualTo(Cyrillic.key("iuliia"));
    assertThat(Cyrillic.key("yuliya")).isEqualTo(Cyrillic.key("julija"));
    assertThat(Cyrillic.key("sokolov")).isEqualTo(Cyrillic.key("sokoloff"));
    assertThat(Cyrillic.key("fedorov")).isEqualTo(Cyrillic.key("fyodorov"));
    assertThat(Cyrillic.key("zhukov")).isEqualTo(Cyrillic.key("schukow"));
    // Near misses: another consonant, a feminine ending, another vowel in a short name.
    assertThat(Cyrillic.key("shcherbakov")).isNotEqualTo(Cyrillic.key("sherbatov"));
    assertThat(Cyrillic.key("sokolov")).isNotEqualTo(Cyrillic.key("sokolova"));
    assertThat(Cyrillic.key("yuri")).isNotEqualTo(Cyrillic.key("yura"));
  }

  @Test
  void cyrillic_names_match_french_german_and_passport_spellings() {
    assertThat(score("Щербаков Юрий", "Iouri Chtcherbakov")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Щербаков Юрий", "Jurij Schtscherbakow")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Кузнецов Андрей", "Andrej Kusnezow")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Юлия Ткаченко", "Ioulia Tkatchenko")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Жуков Евгений", "Jewgeni Schukow")).isGreaterThanOrEqualTo(0.8);
    // Near misses: another surname with the same given name.
    assertThat(score("Щербаков Юрий", "Iouri Cherbatov")).isLessThan(0.8);
    assertThat(score("Кузнецов Андрей", "Andrej Kusmin")).isLessThan(0.8);
  }

  @Test
  void a_patronymic_left_out_is_partly_forgiven() {
    assertThat(score("Кузнецов Андрей Викторович", "Andrey Kuznetsov"))
        .isGreaterThanOrEqualTo(0.8)
        .isLessThan(0.92);
    assertThat(score("Kuznetsova Anna Pavlovna", "Anna Kuznetsova")).isGreaterThanOrEqualTo(0.8);
    // Near miss: a word left out that is no patronymic is not forgiven.
    assertThat(score("Кузнецов Андрей Борисов", "Andrey Kuznetsov"))
        .isLessThan(score("Кузнецов Андрей Викторович", "Andrey Kuznetsov"));
    assertThat(NameScorer.patronymic(new NameToken("viktorovich", "", "Latin", false, false)))
        .isTrue();
    assertThat(NameScorer.patronymic(new NameToken("pavlovna", "", "Latin", false, false)))
        .isTrue();
    assertThat(NameScorer.patronymic(new NameToken("sokolovsky", "", "Latin", false, false)))
        .isFalse();
  }

  @Test
  void french_j_and_german_ch_are_read_as_their_cyrillic_letters() {
    // French writes ж as j, German х as ch: Жуков is Joukov, Хабаров Chabarow.
    assertThat(CrossScriptTest.score("Жуков Андрей", "Andrei Joukov")).isGreaterThanOrEqualTo(0.8);
    assertThat(CrossScriptTest.score("Хабаров Сергей", "Sergej Chabarow"))
        .isGreaterThanOrEqualTo(0.8);
    // Near misses: one letter more changes the name; sch stays ш.
    assertThat(CrossScriptTest.score("Жуков Андрей", "Andrei Jourov")).isLessThan(0.8);
    assertThat(CrossScriptTest.score("Хабаров Сергей", "Sergej Chabanow")).isLessThan(0.8);
    assertThat(Cyrillic.latinKeys("schabarow")).doesNotContain(Cyrillic.key("khabarov"));
  }
}
