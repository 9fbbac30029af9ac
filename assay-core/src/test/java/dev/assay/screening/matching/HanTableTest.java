package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class HanTableTest {
  @Test
  void the_shipped_table_is_what_icu_says_today() throws Exception {
    // Regenerate with: java -cp assay-core/target/classes:... dev.assay.screening.matching.HanTable
    // assay-core/src/main/resources/screening/matching/han-table.bin
    try (InputStream in = HanTable.class.getResourceAsStream(HanTable.RESOURCE)) {
      assertThat(in.readAllBytes()).isEqualTo(HanTable.generate());
    }
  }

  @Test
  void reads_traditional_as_simplified_and_gives_pinyin_without_tones() {
    HanTable t = HanTable.shipped();
    assertThat(Character.toString(t.simplified("馬".codePointAt(0)))).isEqualTo("马");
    assertThat(Character.toString(t.simplified("马".codePointAt(0)))).isEqualTo("马");
    assertThat(t.pinyin("马".codePointAt(0))).isEqualTo("ma");
    assertThat(t.pinyin("洛".codePointAt(0))).isEqualTo("luo");
    assertThat(HanTable.covers("A".codePointAt(0))).isFalse();
  }

  @Test
  void the_latin_memo_of_the_word_lists_is_what_icu_says_today() throws Exception {
    try (InputStream in = Scripts.class.getResourceAsStream(Scripts.LatinMemo.RESOURCE)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Scripts.LatinMemo.generate());
    }
    assertThat(Scripts.LatinMemo.MEMO).containsEntry("ооо", "ooo");
  }
}
