package dev.assay.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Codes are read as people write them, and a code without dots or blanks is taken as it is. */
class HsCodeParseTest {

  @Test
  void dots_and_blanks_are_dropped() {
    assertThat(HsCode.parse("8112.92.90.10").value()).isEqualTo("8112929010");
    assertThat(HsCode.parse("8112 9290").value()).isEqualTo("81129290");
  }

  @Test
  void a_plain_code_is_kept_and_a_short_or_lettered_one_refused() {
    assertThat(HsCode.parse("8112929010").value()).isEqualTo("8112929010");
    assertThatThrownBy(() -> HsCode.parse("81129")).hasMessageContaining("8 or 10 digits");
    assertThatThrownBy(() -> HsCode.parse("8112929O10")).hasMessageContaining("digits only");
    assertThatThrownBy(() -> HsCode.parse("8112-92-90")).hasMessageContaining("digits only");
  }
}
