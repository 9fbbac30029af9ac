package dev.assay.screening.ja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KuromojiReaderTest {
  private final KuromojiReader reader = new KuromojiReader();

  @Test
  void readsKanjiNamesInJapaneseNotMandarin() {
    assertThat(reader.readings("山本浩二")).containsExactly("ヤマモト", "コウジ");
  }

  @Test
  void keepsKanaAsItIs() {
    assertThat(reader.readings("サクラ精密")).containsExactly("サクラ", "セイミツ");
  }

  @Test
  void dropsPunctuation() {
    assertThat(reader.readings("東洋・精機")).containsExactly("トウヨウ", "セイキ");
  }
}
