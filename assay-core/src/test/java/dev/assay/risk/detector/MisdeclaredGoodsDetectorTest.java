package dev.assay.risk.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MisdeclaredGoodsDetectorTest {
  private static final ControlList LIST = ControlList.bundled();
  private final MisdeclaredGoodsDetector detector = MisdeclaredGoodsDetector.bundled(LIST);

  private static List<Finding> inspect(
      LocalDate date, String hs, String description, String license) {
    CountryCode to = new CountryCode("TH");
    Declaration d =
        new Declaration(
            "D-1",
            date,
            "7200",
            new Exporter(
                UnifiedSocialCreditCode.withCheckCharacter("91450100MA5K00001"), "Nanning Trading"),
            new Party("Buyer", to, "Bangkok"),
            null,
            to,
            List.of(),
            new Transport(TransportMode.AIR, 0, 620),
            EndUse.UNSPECIFIED,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode(hs),
                    description,
                    600,
                    "KG",
                    600,
                    9000,
                    Optional.ofNullable(license))),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    new MisdeclaredGoodsDetector(
            LIST,
            dev.assay.lexicon.MineralLexicon.bundled(),
            dev.assay.lexicon.Lookalikes.bundled(),
            dev.assay.price.ReferencePrices.bundled())
        .inspect(new Enricher(LIST).enrich(d, date), findings::add);
    return findings;
  }

  @Test
  void bismuth_alloy_declared_as_solder_paste_is_misdeclared_under_a_lookalike_code() {
    List<Finding> findings =
        inspect(
            LocalDate.of(2025, 3, 20), "3810100000", "Sn42Bi58 low-temperature solder paste", null);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.MISDECLARED_GOODS);
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(f.basis()).isEqualTo("MOFCOM-GAC 2025 No. 10");
              assertThat(f.evidence())
                  .containsEntry("mineral", "bismuth")
                  .containsEntry("lookalike_code", "381010");
            });
  }

  @Test
  void near_miss_ordinary_lead_free_solder_paste_raises_nothing() {
    assertThat(
            inspect(LocalDate.of(2025, 3, 20), "3810100000", "SAC305 lead-free solder paste", null))
        .isEmpty();
  }

  @Test
  void the_same_bismuth_description_before_the_measure_took_effect_raises_nothing() {
    assertThat(inspect(LocalDate.of(2025, 1, 20), "3810100000", "Sn42Bi58 solder paste", null))
        .isEmpty();
  }

  @Test
  void a_description_that_names_no_goods_is_a_name_to_ask_for() {
    assertThat(inspect(LocalDate.of(2025, 3, 20), "8111009000", "alloy granules", null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsEntry("signal", "unspecific_name");
              assertThat(f.message()).contains("names no goods");
            });
  }

  @Test
  void near_miss_a_description_that_names_its_goods_plainly_raises_nothing() {
    assertThat(inspect(LocalDate.of(2025, 3, 20), "8111009000", "manganese alloy granules", null))
        .isEmpty();
  }

  @Test
  void dysprosium_magnets_under_other_metal_magnets_are_misdeclared() {
    List<Finding> findings =
        inspect(LocalDate.of(2025, 6, 1), "8505119000", "NdFeB magnet blocks, Dy 0.24%", null);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence())
                  .containsEntry("mineral", "dysprosium")
                  .containsEntry("named_as", "Dy");
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            });
  }

  @Test
  void a_misspelt_name_under_an_ordinary_code_is_a_weaker_finding() {
    List<Finding> findings = inspect(LocalDate.of(2025, 6, 1), "7616999000", "galium ingots", null);

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void naming_a_mineral_whose_controlled_items_are_only_its_compounds_is_no_misdeclaration() {
    // The list controls indium phosphide and trimethyl/triethyl indium, not the metal.
    assertThat(
            inspect(LocalDate.of(2025, 6, 2), "8112929020", "Indium metal 4N5 ingots 500 g", null))
        .isEmpty();
  }

  @Test
  void near_miss_the_controlled_compound_named_under_the_metals_code_is_misdeclared() {
    assertThat(
            inspect(LocalDate.of(2025, 6, 2), "8112929020", "indium phosphide wafers 2 inch", null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence()).containsEntry("controlled_item", "3C004.a indium phosphide");
              assertThat(f.evidence()).doesNotContainKey("decided_by");
            });
  }

  @Test
  void a_mineral_controlled_only_beyond_a_threshold_is_one_step_lower_and_names_the_threshold() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2), "8101960000", "Tungsten wire 0.05 mm for lamps", null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence().get("decided_by").toString()).contains("W >=97 wt%");
              assertThat(f.message()).contains("depends on the specification");
            });
  }

  @Test
  void near_miss_a_form_named_by_its_own_item_is_not_held_back_by_the_threshold_of_another() {
    // Tungsten carbide is an item of its own, with no threshold.
    assertThat(inspect(LocalDate.of(2025, 6, 2), "8209002900", "tungsten carbide powder", null))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void graphite_that_is_not_flake_reaches_only_the_artificial_graphite_behind_its_threshold() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2), "2504900000", "microcrystalline graphite powder", null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence().get("decided_by").toString()).contains("purity >99.9%");
            });
  }

  @Test
  void figures_that_meet_the_threshold_name_the_item_outright() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2),
                "8102100090",
                "molybdenum powder, D50 40 um, thermal spray",
                null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence().get("stated_within").toString())
                  .contains("40 um (limit particle size <= 50 um)");
              assertThat(f.message()).contains("within the threshold").doesNotContain("depends");
            });
  }

  @Test
  void near_miss_figures_outside_the_threshold_are_a_claim_to_verify() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2),
                "8102100090",
                "molybdenum powder for thermal spray, 75-150 um",
                null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.evidence()).containsEntry("claim_to_verify", true);
              assertThat(f.evidence().get("stated_outside").toString()).contains("75-150 um");
              assertThat(f.message()).startsWith("documentary check: ");
            });
  }

  @Test
  void a_figure_within_the_threshold_outweighs_one_outside_it() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2),
                "8102100090",
                "molybdenum powder 75-150 um, FSSS 3.0 um",
                null))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void a_carbon_content_below_the_purity_of_artificial_graphite_is_a_claim_to_verify() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2), "2504900000", "microcrystalline graphite 75% C", null))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
  }

  @Test
  void near_miss_flake_graphite_under_the_code_for_other_natural_graphite_is_misdeclared() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2), "2504900000", "natural flake graphite -100 mesh", null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence().get("controlled_item").toString()).contains("flake");
            });
  }

  @Test
  void an_ndfeb_grade_no_magnet_reaches_without_dy_or_tb_names_the_magnet_item() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2), "8505119000", "sintered NdFeB 38UH motor segments", null))
        .singleElement()
        .satisfies(
            f -> {
              // MEDIUM for an inference from the grade table, one step up under the lookalike
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence())
                  .containsEntry("match", "grade")
                  .containsEntry("named_as", "38UH")
                  .containsEntry(
                      "controlled_item",
                      "1C905.a.4 dysprosium-containing NdFeB permanent magnet materials");
              assertThat(f.message()).contains("is not made without Dy or Tb");
            });
  }

  @Test
  void near_miss_an_sh_grade_may_be_free_of_heavy_rare_earths_and_names_nothing() {
    assertThat(
            inspect(LocalDate.of(2025, 6, 2), "8505119000", "NdFeB arc magnets 45SH", null).stream()
                .filter(f -> "grade".equals(f.evidence().get("match"))))
        .isEmpty();
  }

  @Test
  void a_longer_term_owns_its_words_antimony_trioxide_names_the_oxides_not_the_metal() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 2),
                "2825800090",
                "antimony trioxide 99.8%, purity 99.995% per COA",
                null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry("controlled_item", "antimony oxides");
              assertThat(f.evidence().get("stated_within").toString()).contains("99.995%");
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
            });
  }

  @Test
  void near_miss_the_bare_name_still_names_an_unconditional_antimony_item() {
    assertThat(inspect(LocalDate.of(2025, 6, 2), "7801990000", "antimony 99.65% ingots", null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).doesNotContainEntry("controlled_item", "antimony oxides");
              assertThat(f.evidence()).doesNotContainKey("decided_by");
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
            });
  }

  @Test
  void a_line_declared_under_its_controlled_code_is_not_misdeclared() {
    assertThat(inspect(LocalDate.of(2025, 6, 1), "8110101000", "antimony ingots", null)).isEmpty();
  }

  @Test
  void a_license_number_lowers_the_weight_of_a_wrong_code() {
    List<Finding> findings =
        inspect(LocalDate.of(2025, 6, 1), "7202999000", "dysprosium iron alloy", "25RE000123");

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void honest_lead_antimony_alloy_under_lead_containing_antimony_is_not_misdeclared() {
    assertThat(
            inspect(
                LocalDate.of(2025, 6, 1),
                "7801910000",
                "lead-antimony alloy ingots for batteries",
                null))
        .isEmpty();
    assertThat(inspect(LocalDate.of(2025, 6, 1), "7801910000", "铅锑合金锭", null)).isEmpty();
  }

  @Test
  void near_pure_antimony_under_lead_containing_antimony_is_misdeclared() {
    List<Finding> findings =
        inspect(LocalDate.of(2025, 6, 1), "7801910000", "antimony ingots Sb 99.65%", null);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(f.evidence()).containsEntry("lookalike_code", "7801910000");
            });
  }

  private static final LocalDate AFTER_GRAPHITE_AND_GALLIUM_CONTROLS = LocalDate.of(2024, 6, 3);

  private List<Finding> declare(String exporterName, String hs, String description) {
    CountryCode to = new CountryCode("KR");
    Declaration d =
        new Declaration(
            "D-" + hs,
            AFTER_GRAPHITE_AND_GALLIUM_CONTROLS,
            "4200",
            new Exporter(
                UnifiedSocialCreditCode.withCheckCharacter("91370200MA3C00001"), exporterName),
            new Party("Buyer", to, "Seoul"),
            null,
            to,
            List.of(),
            new Transport(TransportMode.SEA, 1, 10_500),
            EndUse.UNSPECIFIED,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode(hs),
                    description,
                    10_000,
                    "KG",
                    10_000,
                    14_000,
                    Optional.empty())),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    detector.inspect(new Enricher(LIST).enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  @Test
  void a_graphite_company_declaring_carbon_black_is_shipping_known_cover_for_its_own_mineral() {
    List<Finding> findings = declare("青岛诚永石墨有限公司", "2803000000", "炭黑");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence())
                  .containsEntry("covers_for", "graphite")
                  .containsEntry("exporter_named_for_mineral", true);
              assertThat(f.basis()).contains("2023 No. 39");
            });
  }

  @Test
  void near_miss_a_chemicals_trader_declaring_carbon_black_raises_nothing() {
    assertThat(declare("Qingdao Huasheng Chemical Co., Ltd.", "2803000000", "carbon black"))
        .isEmpty();
  }

  @Test
  void an_exporter_known_for_gallium_by_its_shipments_is_caught_declaring_aluminium_alloy() {
    String rareMetals = "南宁永华有色金属有限公司";
    assertThat(declare(rareMetals, "7601200000", "aluminium alloy ingots"))
        .as("no history yet, and the name names no mineral")
        .isEmpty();
    assertThat(declare(rareMetals, "8112929010", "gallium metal 4N 99.99%"))
        .as("a licensed-looking gallium export raises nothing here")
        .noneMatch(
            f ->
                f.code() == FindingCode.MISDECLARED_GOODS
                    && f.evidence().containsKey("covers_for"));

    assertThat(declare(rareMetals, "7601200000", "aluminium alloy ingots"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("covers_for", "gallium")
                    .containsEntry("exporter_earlier_shipments_of_mineral", 1));
  }

  @Test
  void a_rare_metals_company_is_known_for_gallium_by_the_words_of_its_name() {
    assertThat(declare("Guiyang Fengjin Rare Metals Co., Ltd.", "8001100000", "tin ingots"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("covers_for", "gallium")
                    .containsEntry("exporter_named_for_mineral", true));
  }
}
