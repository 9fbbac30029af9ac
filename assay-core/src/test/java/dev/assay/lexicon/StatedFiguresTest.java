package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.lexicon.StatedFigures.Figure;
import dev.assay.lexicon.StatedFigures.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedFiguresTest {

  private static Figure only(String description) {
    List<Figure> figures = StatedFigures.read(description);
    assertThat(figures).as(description).hasSize(1);
    return figures.getFirst();
  }

  @ParameterizedTest
  @CsvSource({
    "'molybdenum powder, D50 40 um', PARTICLE_SIZE_UM, D50, 40, 40",
    "'钼粉 粒度≤50微米', PARTICLE_SIZE_UM, 粒度, 0, 50",
    "'thermal spray powder 75-150 µm', PARTICLE_SIZE_UM, powder, 75, 150",
    "'nano tungsten powder 80 nm', PARTICLE_SIZE_UM, powder, 0.08, 0.08",
    "'Mo 99.95%', PERCENT, Mo, 99.95, 99.95",
    "'W ≥ 97%', PERCENT, W, 97, Infinity",
    "'purity 99.5% min', PERCENT, purity, 99.5, Infinity",
    "'Sb2O3 ≤ 99.99%', PERCENT, Sb2O3, -Infinity, 99.99",
    "'spherical 99.95% C', PERCENT, C, 99.95, 99.95",
    "'tungsten rod dia 125 mm', DIAMETER_MM, dia, 125, 125",
    "'钨棒 Φ130', DIAMETER_MM, φ, 130, 130",
    "'diamond wire diameter 40 um', DIAMETER_MM, diameter, 0.04, 0.04",
    "'molded blocks, density 1.82 g/cm³', DENSITY_G_CM3, density, 1.82, 1.82",
  })
  void reads_a_figure_with_its_label_and_range(
      String description, Quantity quantity, String label, double low, double high) {
    Figure figure = only(description);

    assertThat(figure.quantity()).isEqualTo(quantity);
    assertThat(figure.label()).isEqualTo(label);
    assertThat(figure.low()).isCloseTo(low, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(figure.high()).isEqualTo(high);
  }

  @Test
  void below_a_figure_is_strictly_under_it() {
    assertThat(only("Sb2O3 < 99.99%").high()).isLessThan(99.99).isGreaterThan(99.98);
    assertThat(only("纯度低于99.99%").high()).isLessThan(99.99);
  }

  @Test
  void a_mesh_number_is_the_sieve_the_powder_passes() {
    Figure figure = only("flake graphite -325 mesh");

    assertThat(figure.quantity()).isEqualTo(Quantity.PARTICLE_SIZE_UM);
    assertThat(figure.low()).isZero();
    assertThat(figure.high()).isBetween(44.0, 47.0);
  }

  @Test
  void a_strength_keeps_the_words_that_say_which_one() {
    assertThat(only("graphite blocks, flexural strength 50 MPa").words())
        .isEqualTo("flexural strength");
  }

  @Test
  void lengths_and_figures_without_a_unit_are_not_read() {
    assertThat(StatedFigures.read("tungsten wire 0.05 mm for lamps")).isEmpty();
    assertThat(StatedFigures.read("NdFeB magnets N42SH, Sn42Bi58 solder")).isEmpty();
    assertThat(StatedFigures.read(null)).isEmpty();
  }

  @Test
  void every_figure_of_a_description_is_read_in_order() {
    assertThat(StatedFigures.read("molybdenum powder 75-150 um, FSSS 3.0 um, Mo 99.9%"))
        .extracting(Figure::label)
        .containsExactly("powder", "FSSS", "Mo");
  }

  @Test
  void a_symbol_or_formula_is_a_substance_and_a_word_is_not() {
    assertThat(StatedFigures.Labels.formula("Dy")).isTrue();
    assertThat(StatedFigures.Labels.formula("CeO2/TREO")).isTrue();
    assertThat(StatedFigures.Labels.formula("trioxide")).isFalse();
    assertThat(StatedFigures.Labels.formula("wire")).isFalse();
  }

  @Test
  void any_text_reads_as_figures_with_a_lower_end_at_or_below_the_upper_and_never_throws() {
    // Seeded mutations of real descriptions with the characters the reader looks at.
    String[] seeds = {
      "molybdenum powder 75-150 um, FSSS 3.0 um", "W ≥ 97%, Φ130", "纯度低于99.99%",
      "-325 mesh", "density 1.82 g/cm³, flexural 50 MPa", "sintered NdFeB N38UH, no Dy/Tb"
    };
    String pool = "0123456789.-~<>=≤≥%μumnmesh目微米纳g/cm3MPa φØdia直径 ,|()+NUHESA";
    java.util.Random random = new java.util.Random(20261208);
    int figures = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      for (int k = random.nextInt(6); k >= 0; k--) {
        int at = random.nextInt(text.length() + 1);
        text.insert(at, pool.charAt(random.nextInt(pool.length())));
      }
      for (Figure f : StatedFigures.read(text.toString())) {
        assertThat(f.low()).as(text.toString()).isLessThanOrEqualTo(f.high());
        assertThat(Double.isNaN(f.low()) || Double.isNaN(f.high())).isFalse();
        figures++;
      }
      MagnetGrades.bundled().in(text.toString());
    }
    // the mutations must leave figures to read
    assertThat(figures).isGreaterThan(10_000);
  }
}
