package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MagnetGradesTest {
  private final MagnetGrades grades = MagnetGrades.bundled();

  @ParameterizedTest
  @CsvSource({
    "'sintered NdFeB magnets N38UH, no Dy/Tb', N38UH, UH, 180, true",
    "'烧结钕铁硼磁钢|牌号N35EH|不含镝铽', N35EH, EH, 200, true",
    "'NdFeB magnets 42SH, Dy-free', 42SH, SH, 150, false",
    "'neodymium block magnets N52', N52, '', 80, false",
    "'NdFeB arc segments N45AH', N45AH, AH, 220, true",
  })
  void reads_the_grade_and_what_its_class_needs(
      String description, String written, String suffix, int celsius, boolean needsHre) {
    assertThat(grades.in(description))
        .hasValueSatisfying(
            g -> {
              assertThat(g.written()).isEqualTo(written);
              assertThat(g.suffix()).isEqualTo(suffix);
              assertThat(g.maxWorkingCelsius()).isEqualTo(celsius);
              assertThat(g.needsHeavyRareEarth()).isEqualTo(needsHre);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hard ferrite magnets Y30BH",
        "samarium-cobalt magnets Sm2Co17 YXG-30H",
        "steel bolts M8 38UH",
        "NdFeB magnets, 42 pieces per box"
      })
  void finds_no_ndfeb_grade_outside_ndfeb_or_without_one(String description) {
    assertThat(grades.in(description)).isEmpty();
  }
}
