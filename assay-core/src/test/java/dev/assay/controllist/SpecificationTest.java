package dev.assay.controllist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.Limit.Side;
import org.junit.jupiter.api.Test;

/** What a description's figures say about an item of the shipped list. */
class SpecificationTest {
  private static final ControlledItem MOLYBDENUM_POWDER = item("molybdenum-powder");
  private static final ControlledItem ARTIFICIAL_GRAPHITE = item("artificial-graphite");

  private static ControlledItem item(String id) {
    return ControlList.bundled().measures().stream()
        .flatMap(m -> m.items().stream())
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void one_limit_within_and_none_outside_puts_the_goods_within() {
    Specification spec = Specification.of(MOLYBDENUM_POWDER, "molybdenum powder, D50 40 um");

    assertThat(spec.side()).isEqualTo(Side.WITHIN);
    assertThat(spec.stated(Side.WITHIN)).containsExactly("40 um (limit particle size <= 50 um)");
  }

  @Test
  void near_miss_one_limit_outside_puts_the_goods_outside_whatever_the_others_say() {
    // Dense enough, but 99.5% is not the purity of the controlled artificial graphite.
    Specification spec =
        Specification.of(
            ARTIFICIAL_GRAPHITE, "graphite blocks 99.5%, density 1.85 g/cm3, flexural 50 MPa");

    assertThat(spec.side()).isEqualTo(Side.OUTSIDE);
    assertThat(spec.stated(Side.OUTSIDE)).singleElement().asString().contains("99.5%");
  }

  @Test
  void no_figure_leaves_the_specification_unstated() {
    assertThat(Specification.of(MOLYBDENUM_POWDER, "molybdenum powder for spraying").side())
        .isEqualTo(Side.UNSTATED);
  }

  @Test
  void an_item_without_limits_is_always_unstated() {
    assertThat(Specification.of(item("tungsten-apt"), "APT 99.99%, 50 um"))
        .isEqualTo(Specification.UNSTATED);
  }
}
