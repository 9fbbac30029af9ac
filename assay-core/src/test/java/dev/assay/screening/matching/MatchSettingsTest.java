package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchSettingsTest {
  @Test
  void reads_the_shipped_settings() {
    MatchSettings s = MatchSettings.bundled();
    assertThat(s.thresholds().review()).isEqualTo(0.80);
    assertThat(s.thresholds().block()).isEqualTo(0.92);
    assertThat(s.countryDiffers()).isEqualTo(-0.08);
    assertThat(s.candidates()).isEqualTo(12);
  }

  @Test
  void reads_nested_numbers_by_indentation_and_names_a_bad_value() {
    assertThat(MatchSettings.numbers("# c\na:\n  b: 1.5 # note\n  c:\n    d: -2\ne: 3\n"))
        .containsEntry("a.b", 1.5)
        .containsEntry("a.c.d", -2.0)
        .containsEntry("e", 3.0);
    assertThatThrownBy(() -> MatchSettings.numbers("a:\n  b: high\n"))
        .hasMessageContaining("a.b: not a number: high");
  }
}
