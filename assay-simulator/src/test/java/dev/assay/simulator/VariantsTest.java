package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Variants draw the typologies from ranges and add honest trade that looks like them. */
class VariantsTest {

  @Test
  void a_variant_is_the_same_world_whatever_the_run_and_variants_differ() {
    assertThat(TypologyParameters.variant(4)).isEqualTo(TypologyParameters.variant(4));
    assertThat(TypologyParameters.variant(4)).isNotEqualTo(TypologyParameters.variant(5));
    for (int k = 1; k <= 30; k++) {
      TypologyParameters p = TypologyParameters.variant(k);
      assertThat(p.namingCoverShare()).isBetween(0.0, 0.9);
      assertThat(p.hiddenShareHigh()).isGreaterThan(p.hiddenShareLow());
      assertThat(p.splitPartsHigh()).isGreaterThan(p.splitPartsLow());
      assertThat(p.nameVariantLevel()).isBetween(0, 2);
      assertThat(p.lookalikeShare()).isBetween(0.005, 0.04);
    }
    assertThat(Difficulty.DEFAULT.parameters().lookalikeShare()).isZero();
  }

  @Test
  void every_honest_lookalike_appears_clean_and_the_plain_world_has_none() {
    Generated variant = Generated.by(Generated.standard().withDeclarations(30_000).withVariant(3));
    Map<String, Long> honest =
        variant.declarations.stream()
            .filter(d -> d.truth().variant().startsWith("honest_"))
            .peek(d -> assertThat(d.truth().isViolation()).isFalse())
            .collect(
                Collectors.groupingBy(
                    d -> d.truth().variant(), TreeMap::new, Collectors.counting()));
    assertThat(honest.keySet())
        .containsExactlyInAnyOrder(
            "honest_producer_cover",
            "honest_heavy_packing",
            "honest_hub_new_customer",
            "honest_parcel_series",
            "honest_dy_free");
    assertThat(variant.summary.totalViolations()).isPositive();

    Generated plain = Generated.by(Generated.standard().withDeclarations(5_000));
    assertThat(plain.declarations).noneMatch(d -> d.truth().variant().startsWith("honest_"));
  }

  @Test
  void honest_heavy_packing_and_dy_free_magnets_look_like_what_they_imitate() {
    Generated variant = Generated.by(Generated.standard().withDeclarations(30_000).withVariant(3));
    Screener screener = Screener.standard(ControlList.bundled(), Optional.empty());
    Set<Severity> dyFreeSeverities = new java.util.HashSet<>();
    for (SimulatedDeclaration s : variant.declarations) {
      String kind = s.truth().variant();
      if (kind.equals("honest_heavy_packing")) {
        double net = s.declaration().lines().stream().mapToDouble(l -> l.netWeightKg()).sum();
        assertThat(s.declaration().transport().grossWeightKg() / net).isBetween(1.29, 1.61);
      }
      if (kind.equals("honest_dy_free")) {
        for (Finding f : screener.screen(s.declaration()).findings()) {
          if (f.code() == FindingCode.UNLICENSED_CONTROLLED_EXPORT) {
            dyFreeSeverities.add(f.severity());
          }
        }
      }
    }
    // once magnets are controlled a Dy-free line is a documentary-check claim, never HIGH
    assertThat(dyFreeSeverities).doesNotContain(Severity.HIGH).contains(Severity.LOW);
  }
}
