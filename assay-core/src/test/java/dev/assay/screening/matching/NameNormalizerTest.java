package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  private final NameNormalizer normalizer = NameNormalizer.standard();

  private String text(String name) {
    return normalizer.normalize(name).text();
  }

  @Test
  void case_full_width_forms_and_punctuation_do_not_matter() {
    assertThat(text("ＧＥＮＥＲＡＬ　ＤＹＮＡＭＩＣＳ")).isEqualTo("general dynamic");
    assertThat(text("general-dynamics, corp.")).isEqualTo("general dynamic");
    assertThat(text("Société Générale des Minéraux")).isEqualTo("societe generale mineraux");
  }

  @Test
  void romanization_variants_fold_alike() {
    assertThat(text("Tekhnoresurs")).isEqualTo(text("Tehnoresurs"));
    assertThat(text("Volzhskiy")).isEqualTo(text("Volzhsky"));
    assertThat(text("Rosoboroneksport")).isEqualTo(text("Rosoboronexport"));
    assertThat(text("LOCKHEED")).isEqualTo(text("Lockheed"));
  }

  @Test
  void legal_forms_are_ignored_in_many_languages() {
    assertThat(text("Hudson Technologies Co., Ltd.")).isEqualTo("hudson technology");
    assertThat(text("Metallhandel Duisburg GmbH")).isEqualTo("metallhandel duisburg");
    assertThat(text("Importadora del Norte S.A. de C.V.")).isEqualTo("importadora norte");
    assertThat(text("OOO Severny Metall")).isEqualTo("severny metall");
    assertThat(text("TechInsights Europe Sp. z o.o.")).isEqualTo("techinsight europe");
    assertThat(normalizer.normalize("Hudson Technologies Co., Ltd.").ignored()).isNotEmpty();
  }

  @Test
  void chinese_legal_forms_go_wherever_they_stand() {
    assertThat(normalizer.normalize("汉翔航空工业股份有限公司").compact()).isEqualTo("hanxianghangkonggongye");
    assertThat(normalizer.normalize("TechInsights 欧洲有限公司").text()).isEqualTo("techinsight ouzhou");
  }

  @Test
  void a_name_that_is_only_a_legal_form_is_kept() {
    assertThat(text("Limited")).isEqualTo("limited");
    assertThat(text("公司")).isEqualTo("gongsi");
  }

  @Test
  void han_becomes_pinyin_character_pairs_and_traditional_becomes_simplified() {
    NormalizedName simplified = normalizer.normalize("洛克希德马丁");
    NormalizedName traditional = normalizer.normalize("洛克希德馬丁");

    assertThat(simplified.text()).isEqualTo("luoke kexi xide dema mading");
    assertThat(traditional.text()).isEqualTo(simplified.text());
    assertThat(simplified.compact()).isEqualTo("luokexidemading");
  }

  @Test
  void other_scripts_are_transliterated_the_way_english_documents_write_them() {
    assertThat(text("ПАО «Волжский Трубный Завод»")).isEqualTo(text("Volzhsky Trubny Zavod"));
    // Greek by ELOT 743, as Greek passports write it: αυ before τ is af.
    assertThat(text("Αθηναϊκή Ναυτιλιακή Α.Ε.")).isEqualTo("athinaiki naftiliaki");
    assertThat(text("Γεώργιος Παπαδόπουλος")).isEqualTo("georgios papadopoulos");
    assertThat(text("Ευάγγελος Μαυρίδης")).isEqualTo("evangelos mavridis");
    assertThat(text("Κωνσταντίνος Χατζηδάκης")).isEqualTo("konstantinos chatzidakis");
    assertThat(text("サクラテック株式会社")).isEqualTo("sakuratekku");
    assertThat(normalizer.normalize("Рособоронэкспорт").tokens().getFirst().script())
        .isEqualTo("Cyrillic");
  }

  @Test
  void abbreviations_are_expanded_and_marked() {
    NormalizedName n = normalizer.normalize("Hongda Intl Trading");

    assertThat(n.text()).isEqualTo("hongda international trading");
    assertThat(n.tokens().get(1).abbreviated()).isTrue();
  }

  @Test
  void stop_words_go_and_generic_words_weigh_less() {
    NormalizedName n = normalizer.normalize("Coalition For A Prosperous America");

    assertThat(n.text()).isEqualTo("coalition prosperous america");
    assertThat(n.tokens().get(0).weight()).isEqualTo(1.0);
    assertThat(n.tokens().get(2).generic()).isTrue();
  }

  @Test
  void pinyin_legal_forms_are_taken_off_even_when_run_into_the_name() {
    assertThat(normalizer.normalize("Luo Ke Xi De Madinggongsi").compact())
        .isEqualTo("luokexidemading");
    assertThat(normalizer.normalize("Zhongxin Zaochuan Gufen Youxian Gongsi").text())
        .isEqualTo("zhongxin zaochuan");
  }
}
