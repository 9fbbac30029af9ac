package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PurityTest {

  @ParameterizedTest
  @CsvSource({
    "'gallium 99.99%', 99.99",
    "'Ge 99.999 %', 99.999",
    "'germanium 5N', 99.999",
    "'indium 4N5 ingot', 99.995",
    "'６Ｎ gallium', 99.9999",
    "'Sb 99.65%, Pb 0.1%', 99.65",
    "'Antimony trioxide 99.8% (ordinary grade, below 99.99%)', 99.8",
    "'gallium 99.99% min', 99.99",
    "'Ge ≥ 99.999%', 99.999",
  })
  void reads_percentages_and_grades(String description, double purity) {
    assertThat(Purity.of(description)).hasValue(purity);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "steel bolts M8",
        "Dy 3%",
        "cotton 100 % (size 40)",
        "model N52",
        "Sb2O3 < 99.99%",
        "锑白 纯度低于99.99%"
      })
  void finds_no_purity_where_none_is_stated(String description) {
    assertThat(Purity.of(description))
        .as(description)
        .satisfiesAnyOf(
            p -> assertThat(p).isEmpty(), p -> assertThat(p.getAsDouble()).isEqualTo(100.0));
  }
}
