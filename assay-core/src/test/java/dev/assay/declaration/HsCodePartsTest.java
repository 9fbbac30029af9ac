package dev.assay.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The parts of a code are its leading digits. */
class HsCodePartsTest {

  @Test
  void chapter_heading_and_subheading_are_the_codes_leading_digits() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      String digits = String.format("%010d", random.nextLong(10_000_000_000L));
      HsCode code = new HsCode(random.nextBoolean() ? digits : digits.substring(0, 8));
      assertThat(code.heading()).isEqualTo(digits.substring(0, 4));
      assertThat(code.subheading()).isEqualTo(digits.substring(0, 6));
      assertThat(code.chapter()).isEqualTo(digits.substring(0, 2));
    }
    assertThat(new HsCode("0000000000").heading()).isEqualTo("0000");
    assertThat(new HsCode("99999999").heading()).isEqualTo("9999");
    assertThat(new HsCode("8112929010").heading()).isEqualTo("8112");
  }
}
