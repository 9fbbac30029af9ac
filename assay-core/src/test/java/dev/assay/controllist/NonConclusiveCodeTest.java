package dev.assay.controllist;

import static dev.assay.controllist.Queries.GERMANY;
import static dev.assay.controllist.Queries.US;
import static dev.assay.controllist.Queries.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reference codes that also cover ordinary goods decide nothing alone: the description must name
 * the item. Where a code is shared, the description picks the item.
 */
class NonConclusiveCodeTest {
  private static final String ORGANOMETALLICS = "2931900032";
  private final ControlList list = ControlList.bundled();

  @Test
  void a_shared_code_is_attributed_to_the_item_the_description_names() {
    Determination bismuth =
        list.determine(line(ORGANOMETALLICS, "Triphenyl bismuth 99.9%", GERMANY, "2025-03-01"));
    Determination indium =
        list.determine(line(ORGANOMETALLICS, "trimethyl indium (TMIn)", GERMANY, "2025-03-01"));

    assertThat(bismuth.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(bismuth.measures()).extracting(Queries::controlCodeOf).containsExactly("6C001.c");
    assertThat(indium.measures()).extracting(Queries::controlCodeOf).containsExactly("3C004.b");
  }

  @Test
  void organo_antimony_under_the_shared_code_carries_the_antimony_measures() {
    Determination d =
        list.determine(line(ORGANOMETALLICS, "triethyl antimony 6N", US, "2025-01-10"));

    assertThat(d.verdict()).isEqualTo(Verdict.PRESUMPTION_OF_DENIAL);
    assertThat(d.measures())
        .extracting(AppliedMeasure::basis)
        .containsExactly("MOFCOM 2024 No. 46, clause 2", "MOFCOM-GAC 2024 No. 33");
    assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains(">99.999%"));
  }

  @Test
  void a_shared_code_without_a_matching_description_depends_on_the_specification() {
    Determination d =
        list.determine(line(ORGANOMETALLICS, "dibutyltin dilaurate", GERMANY, "2025-03-01"));

    assertThat(d.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(d.controlled()).isFalse();
    // the candidates: what it would be if the goods were one of the listed items
    assertThat(d.measures()).hasSize(5);
    assertThat(d.decidedBy()).hasSize(5).allSatisfy(s -> assertThat(s).startsWith("whether"));
    assertThat(d.notes())
        .hasSize(5)
        .allSatisfy(n -> assertThat(n).startsWith("Verify the technical description"))
        .anySatisfy(n -> assertThat(n).contains("6C001.c triphenyl bismuth"))
        .anySatisfy(n -> assertThat(n).contains("3C004.c triethyl indium"));
  }

  @Test
  void a_shared_code_without_any_description_depends_on_the_specification() {
    Determination d = list.determine(line(ORGANOMETALLICS, "", GERMANY, "2025-03-01"));

    assertThat(d.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(d.notes()).isNotEmpty();
  }

  @Test
  void descriptions_are_compared_after_nfkc_normalisation_and_in_chinese() {
    Determination fullWidth =
        list.determine(line(ORGANOMETALLICS, "ＴＲＩＰＨＥＮＹＬ　ＢＩＳＭＵＴＨ", GERMANY, "2025-03-01"));
    Determination chinese =
        list.determine(line(ORGANOMETALLICS, "三苯基铋 纯度99%", GERMANY, "2025-03-01"));

    assertThat(fullWidth.measures()).extracting(Queries::controlCodeOf).containsExactly("6C001.c");
    assertThat(chinese.measures()).extracting(Queries::controlCodeOf).containsExactly("6C001.c");
  }

  @Test
  void a_conclusive_code_is_controlled_whatever_the_description_says() {
    assertThat(list.determine(line("8110101000", "metal ingots", GERMANY, "2025-03-01")).verdict())
        .isEqualTo(Verdict.LICENSE_REQUIRED);
  }

  @Test
  void among_several_conclusive_items_the_description_picks_the_named_one() {
    Determination named =
        list.determine(line("3818009021", "cadmium zinc telluride wafer", GERMANY, "2025-03-01"));
    Determination unnamed =
        list.determine(line("2805301910", "rare earth metal", GERMANY, "2025-05-01"));

    assertThat(named.measures())
        .extracting(a -> a.item().orElseThrow().id())
        .containsExactly("cadmium-zinc-telluride");
    assertThat(unnamed.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(unnamed.measures())
        .extracting(a -> a.item().orElseThrow().id())
        .containsExactly("samarium-metal", "gadolinium-metal", "lutetium-metal-targets");
  }

  @Test
  void other_machines_are_controlled_only_when_described_as_the_listed_equipment() {
    Determination packing =
        list.determine(line("84798999", "automatic packing machine", GERMANY, "2026-12-01"));
    Determination dcpcvd =
        list.determine(
            line("8479899990", "DC arc plasma jet CVD diamond reactor", GERMANY, "2026-12-01"));

    assertThat(packing.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(packing.notes()).anySatisfy(n -> assertThat(n).contains("2B005.b"));
    assertThat(dcpcvd.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(dcpcvd.measures()).extracting(Queries::controlCodeOf).containsExactly("2B005.b");
  }

  @Test
  void ordinary_lithium_ion_batteries_depend_on_their_specification() {
    Determination d =
        list.determine(line("8507600090", "power tool battery pack", GERMANY, "2026-12-01"));

    assertThat(d.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(d.decidedBy()).singleElement().satisfies(s -> assertThat(s).contains(">=300 Wh/kg"));
    assertThat(d.notes())
        .singleElement()
        .satisfies(n -> assertThat(n).contains("3A001").contains(">=300 Wh/kg"));
  }

  @Test
  void the_misprinted_gallium_code_decides_only_with_the_description_and_stays_unsure() {
    Determination bare = list.determine(line("8110929010", GERMANY, "2024-01-01"));
    Determination described =
        list.determine(line("8110929010", "gallium metal 6N", GERMANY, "2024-01-01"));

    assertThat(bare.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(bare.notes()).anySatisfy(n -> assertThat(n).contains("gallium metal"));
    assertThat(described.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    AppliedMeasure applied = described.decisive().orElseThrow();
    assertThat(applied.referenceCode().map(ReferenceCode::confidence)).contains(Confidence.UNSURE);
    assertThat(applied.confidence()).isEqualTo(Confidence.UNSURE);
    assertThat(described.notes()).anySatisfy(n -> assertThat(n).contains("typo"));
  }

  @Test
  void a_declared_tariff_line_above_a_listed_commodity_number_needs_the_description() {
    Determination bare = list.determine(line("81101010", GERMANY, "2025-03-01"));
    Determination described =
        list.determine(line("81101010", "antimony ingots 99.65%", GERMANY, "2025-03-01"));

    assertThat(bare.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(bare.notes()).anySatisfy(n -> assertThat(n).contains("8110101000"));
    assertThat(described.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
  }

  @Test
  void rare_earth_magnets_are_controlled_when_the_description_names_dysprosium() {
    Determination plain =
        list.determine(line("8505111000", "NdFeB magnets N52", GERMANY, "2025-06-01"));
    Determination dysprosium =
        list.determine(line("8505111000", "NdFeB magnet, Dysprosium 0.18%", GERMANY, "2025-06-01"));

    assertThat(plain.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(plain.notes()).anySatisfy(n -> assertThat(n).contains("1C905.a.4"));
    assertThat(plain.absenceClaim()).isEmpty();
    assertThat(dysprosium.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(
            dysprosium
                .decisive()
                .flatMap(AppliedMeasure::item)
                .flatMap(ControlledItem::controlCode))
        .isEqualTo(Optional.of("1C905.a.4"));
  }

  @Test
  void a_description_denying_the_controlled_content_is_a_claim_not_a_controlled_item() {
    for (String denial :
        new String[] {
          "烧结钕铁硼磁钢，无镝", "sintered NdFeB blocks, Dy-free", "NdFeB magnets free of dysprosium",
          "钕铁硼磁体 不含镝", "NdFeB magnet, Dy < 0.1%", "钕铁硼 镝含量<0.05%"
        }) {
      Determination d = list.determine(line("8505111000", denial, GERMANY, "2025-06-01"));
      assertThat(d.verdict()).as(denial).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
      assertThat(d.absenceClaim()).as(denial).isPresent();
      assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("claim to verify"));
    }
  }

  @Test
  void near_miss_a_content_stated_or_a_denial_elsewhere_still_names_the_item() {
    for (String named :
        new String[] {
          "NdFeB magnets Dy 3%", "钕铁硼磁钢 含镝2%", "Dy-free housing, NdFeB magnet dysprosium 2%"
        }) {
      Determination d = list.determine(line("8505111000", named, GERMANY, "2025-06-01"));
      assertThat(d.verdict()).as(named).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.absenceClaim()).as(named).isEmpty();
    }
    // a limit above the smallest content treated as controlled (0.18%) brackets it, denies nothing
    Determination bracketed =
        list.determine(line("8505111000", "NdFeB magnet, Dy < 0.5%", GERMANY, "2025-06-01"));
    assertThat(bracketed.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(bracketed.absenceClaim()).isEmpty();
  }

  @Test
  void a_denial_that_the_magnets_own_grade_contradicts_is_noted_beside_the_claim() {
    Determination d =
        list.determine(
            line("8505111000", "sintered NdFeB magnets N38UH, no Dy/Tb", GERMANY, "2025-06-01"));

    assertThat(d.verdict()).isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
    assertThat(d.absenceClaim()).isPresent();
    assertThat(d.notes())
        .anySatisfy(n -> assertThat(n).contains("contradicted").contains("N38UH (class UH"));
    // near miss: heavy-rare-earth-free magnets reach the SH class
    assertThat(
            list.determine(
                    line(
                        "8505111000",
                        "sintered NdFeB magnets N42SH, Dy-free",
                        GERMANY,
                        "2025-06-01"))
                .notes())
        .noneSatisfy(n -> assertThat(n).contains("contradicted"));
  }

  @Test
  void a_grade_no_magnet_reaches_without_dy_or_tb_names_the_magnet_items() {
    Determination d =
        list.determine(line("8505111000", "Sintered NdFeB magnets 48UH", GERMANY, "2025-06-01"));

    assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(d.measures())
        .extracting(Queries::controlCodeOf)
        .containsExactlyInAnyOrder("1C904.a", "1C905.a.4");
    assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("grade 48UH (class UH"));
    // near miss: an N42 magnet is made without them, and the line stays open
    assertThat(
            list.determine(line("8505111000", "sintered NdFeB magnets N42", GERMANY, "2025-06-01"))
                .verdict())
        .isEqualTo(Verdict.DEPENDS_ON_SPECIFICATION);
  }
}
