package dev.assay.controllist;

import static dev.assay.controllist.Queries.GERMANY;
import static dev.assay.controllist.Queries.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a code is not conclusive, a description's own figures read against the item's limits pick
 * the item or make the line a claim to verify; under the item's own code they only add a note.
 */
class StatedFiguresDeterminationTest {
  private static final String DIAMOND = "71051020";
  // 2025 No. 55 is in force again after its suspension ran out on 2026-11-10.
  private static final String IN_FORCE = "2026-12-01";
  private final ControlList list = ControlList.bundled();

  @Test
  void figures_within_one_item_and_outside_the_other_pick_the_item() {
    Determination d =
        list.determine(line(DIAMOND, "synthetic diamond 80-100 um", GERMANY, IN_FORCE));

    assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(d.measures()).extracting(Queries::controlCodeOf).containsExactly("2C902.b");
    assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("within the threshold"));
  }

  @Test
  void near_miss_without_figures_both_named_items_apply() {
    Determination d = list.determine(line(DIAMOND, "synthetic diamond powder", GERMANY, IN_FORCE));

    assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(d.measures())
        .extracting(Queries::controlCodeOf)
        .containsExactlyInAnyOrder("2C902.a", "2C902.b");
  }

  @Test
  void figures_outside_every_item_depend_on_the_specification_with_a_claim_to_verify() {
    Determination d =
        list.determine(line(DIAMOND, "synthetic diamond grit 1000 um", GERMANY, IN_FORCE));

    assertThat(d.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(d.controlled()).isFalse();
    assertThat(d.absenceClaim()).hasValueSatisfying(c -> assertThat(c).contains("1000 um"));
    assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("outside the threshold"));
  }

  @Test
  void under_the_items_own_code_figures_outside_the_threshold_are_only_a_note() {
    Determination d =
        list.determine(line("2825800010", "antimony trioxide 99.8%", GERMANY, "2025-06-01"));

    assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(d.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains("outside the threshold of antimony oxides")
                    .contains("99.8% (limit purity >= 99.99 %)"));
  }
}
