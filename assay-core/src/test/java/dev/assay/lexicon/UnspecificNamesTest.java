package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnspecificNamesTest {
  private final UnspecificNames names = UnspecificNames.bundled();

  @ParameterizedTest(name = "''{0}'' names no goods")
  @ValueSource(
      strings = {
        "industrial raw material",
        "alloy granules",
        "non-ferrous metal lumps",
        "Metal parts samples",
        "metal powder, 25 kg drums",
        "工业原料",
        "有色金属块",
        "矿物样品",
        "金属合金锭",
      })
  void descriptions_made_only_of_words_that_name_no_goods(String description) {
    assertThat(names.namesNoGoods(description)).isTrue();
  }

  @ParameterizedTest(name = "''{0}'' names goods")
  @ValueSource(
      strings = {
        "tin ingot 99.9%",
        "alloy ingot, lead-antimony",
        "zinc powder",
        "spherical graphite samples",
        "锡锭",
        "合金锭 铅锑",
        "metal powder 钨",
        "12345",
        "",
      })
  void near_miss_one_word_that_names_goods_is_enough(String description) {
    assertThat(names.namesNoGoods(description)).isFalse();
  }
}
