package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualifiersTest {
  private static final String[] DY = {"dysprosium", "镝"};

  private static Qualifiers.Reading read(String description) {
    return Qualifiers.read(GoodsText.normalize(description), DY, "dy");
  }

  @Test
  void denials_in_chinese_and_english_are_claims_of_absence() {
    assertThat(read("烧结钕铁硼磁钢，无镝").claimsAbsence()).isTrue();
    assertThat(read("钕铁硼 不含镝").claimsAbsence()).isTrue();
    assertThat(read("Sintered NdFeB blocks, Dy-free").claimsAbsence()).isTrue();
    assertThat(read("magnets free of dysprosium").claimsAbsence()).isTrue();
    assertThat(read("magnets without Dysprosium").claimsAbsence()).isTrue();
    assertThat(read("NdFeB, Dy content < 0.1%").claimsAbsence()).isTrue();
    assertThat(read("NdFeB, dy ≤ 500 ppm").claimsAbsence()).isTrue();
    assertThat(read("钕铁硼 镝未检出").claimsAbsence()).isTrue();
    assertThat(
            Qualifiers.read(GoodsText.normalize("烧结钕铁硼磁体 N35，无镝无铽"), new String[] {"铽"}, "tb")
                .claimsAbsence())
        .isTrue();
    assertThat(read("Sintered NdFeB blocks, Dy-free").claim()).isEqualTo("dy-free");
  }

  private static Qualifiers.Reading terbium(String description) {
    return Qualifiers.read(GoodsText.normalize(description), new String[] {"terbium", "铽"}, "tb");
  }

  @Test
  void a_denial_covers_every_element_it_lists() {
    assertThat(terbium("钕铁硼磁体 N35 不含镝铽").claimsAbsence()).isTrue();
    assertThat(terbium("钕铁硼磁体，无镝、铽").claimsAbsence()).isTrue();
    assertThat(terbium("NdFeB magnets, Dy/Tb-free").claimsAbsence()).isTrue();
    assertThat(read("NdFeB magnets, Dy/Tb-free").claimsAbsence()).isTrue();
    assertThat(terbium("magnets free of dysprosium and terbium").claimsAbsence()).isTrue();
    assertThat(terbium("钕铁硼磁体 不含镝铽").claim()).isEqualTo("不含镝铽");
  }

  @Test
  void a_denial_of_the_heavy_grade_denies_the_family() {
    String[] rareEarth = {"rare earth", "稀土"};
    assertThat(
            Qualifiers.read("ndfeb magnets n42, zn coated, no heavy rare earth", rareEarth, null)
                .claimsAbsence())
        .isTrue();
    assertThat(Qualifiers.read("钕铁硼磁体 不含重稀土", rareEarth, null).claimsAbsence()).isTrue();
    // near miss: a grade without a denial names the family
    assertThat(Qualifiers.read("heavy rare earth oxide", rareEarth, null).named()).isTrue();
  }

  @Test
  void near_miss_an_element_outside_the_denied_list_is_named() {
    assertThat(terbium("钕铁硼 无镝 含铽").named()).isTrue();
    assertThat(terbium("NdFeB Dy-free; Tb 0.5%").named()).isTrue();
    assertThat(terbium("含铽钕铁硼，不含镝").named()).isTrue();
  }

  @Test
  void near_miss_mentions_that_name_the_content() {
    assertThat(read("NdFeB magnets Dy 3%").named()).isTrue();
    assertThat(read("NdFeB magnets Dy:2.5%").named()).isTrue();
    assertThat(read("含镝钕铁硼").named()).isTrue();
    assertThat(read("dysprosium oxide 99.9%").named()).isTrue();
    // a denial in another clause does not cancel a plain mention
    Qualifiers.Reading both = read("Dy-free coating; magnet dysprosium 1.2%");
    assertThat(both.named()).isTrue();
    assertThat(both.claimsAbsence()).isFalse();
    // a limit that brackets a controlled content denies nothing
    assertThat(read("NdFeB, Dy < 2%").claimsAbsence()).isFalse();
  }

  @Test
  void near_miss_symbols_inside_words_and_without_a_figure_are_not_mentions() {
    assertThat(read("body kit, dynamo")).isEqualTo(new Qualifiers.Reading(false, null));
    assertThat(read("Dy magnets").named()).isFalse();
    assertThat(read("piano dysprosium").named()).isTrue();
  }
}
