package dev.assay.controllist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.controllist.Limit.Side;
import dev.assay.lexicon.StatedFigures.Quantity;
import org.junit.jupiter.api.Test;

/** A limit of a threshold, read against the figures a description states. */
class LimitTest {
  private static final Limit PARTICLES = Limit.parse("particle size <= 50 um");
  private static final Limit MOLYBDENUM = Limit.parse("Mo|钼 >= 97 %");
  private static final Limit FLEXURAL = Limit.parse("flexural|抗折 > 30 MPa");

  @Test
  void the_unit_says_what_a_limit_measures() {
    assertThat(PARTICLES.quantity()).isEqualTo(Quantity.PARTICLE_SIZE_UM);
    assertThat(MOLYBDENUM.quantity()).isEqualTo(Quantity.PERCENT);
    assertThat(MOLYBDENUM.labels()).containsExactly("Mo", "钼");
    assertThat(Limit.parse("wire diameter <= 45 um").quantity()).isEqualTo(Quantity.DIAMETER_MM);
    assertThat(Limit.parse("wire diameter <= 45 um").value()).isEqualTo(0.045);
  }

  @Test
  void a_limit_in_another_form_is_refused_with_its_text() {
    assertThatThrownBy(() -> Limit.parse("Mo at least 97%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Mo at least 97%'");
  }

  @Test
  void a_stated_figure_inside_the_limit_puts_the_goods_within() {
    Limit.Reading reading = PARTICLES.read("molybdenum powder, D50 40 um");

    assertThat(reading.side()).isEqualTo(Side.WITHIN);
    assertThat(reading.describe()).isEqualTo("40 um (limit particle size <= 50 um)");
  }

  @Test
  void near_miss_a_range_wholly_beyond_the_limit_puts_them_outside() {
    assertThat(PARTICLES.read("thermal spray grade 75-150 um").side()).isEqualTo(Side.OUTSIDE);
  }

  @Test
  void a_range_across_the_limit_decides_nothing() {
    assertThat(PARTICLES.read("powder 20-80 um").side()).isEqualTo(Side.UNSTATED);
  }

  @Test
  void one_figure_within_outweighs_another_outside() {
    // Two figures of the same goods that disagree: the one that makes them controlled is checked.
    assertThat(PARTICLES.read("molybdenum powder 75-150 um, FSSS 3.0 um").side())
        .isEqualTo(Side.WITHIN);
  }

  @Test
  void a_content_is_read_from_its_symbol_a_purity_word_or_a_bare_figure() {
    assertThat(MOLYBDENUM.read("Mo 99.95%").side()).isEqualTo(Side.WITHIN);
    assertThat(MOLYBDENUM.read("钼含量≥97%").side()).isEqualTo(Side.WITHIN);
    assertThat(MOLYBDENUM.read("purity 99.9%").side()).isEqualTo(Side.WITHIN);
    assertThat(MOLYBDENUM.read("molybdenum alloy 90%").side()).isEqualTo(Side.OUTSIDE);
  }

  @Test
  void near_miss_the_content_of_another_substance_is_not_read() {
    assertThat(MOLYBDENUM.read("TZM alloy, Ti 0.5%").side()).isEqualTo(Side.UNSTATED);
    assertThat(MOLYBDENUM.read("NdFeB, Dy 2.1%").side()).isEqualTo(Side.UNSTATED);
  }

  @Test
  void an_upper_bound_below_a_lower_limit_puts_the_goods_outside() {
    assertThat(Limit.parse("purity >= 99.99 %").read("Sb2O3 purity < 99.99%").side())
        .isEqualTo(Side.OUTSIDE);
  }

  @Test
  void a_strength_counts_only_when_its_kind_is_named() {
    assertThat(FLEXURAL.read("flexural strength 50 MPa").side()).isEqualTo(Side.WITHIN);
    assertThat(FLEXURAL.read("抗折强度 25 MPa").side()).isEqualTo(Side.OUTSIDE);
    assertThat(FLEXURAL.read("compressive strength 120 MPa").side()).isEqualTo(Side.UNSTATED);
  }
}
