package dev.assay.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.intelligence.extraterritorial.BomLine;
import dev.assay.intelligence.extraterritorial.ExtraterritorialDetermination.Outcome;
import dev.assay.intelligence.extraterritorial.ExtraterritorialDeterminer;
import dev.assay.intelligence.extraterritorial.ExtraterritorialRules;
import dev.assay.intelligence.stats.EventStudy;
import dev.assay.intelligence.stats.HubTest;
import dev.assay.intelligence.stats.TradeCell;
import dev.assay.intelligence.stats.TradeCube;
import dev.assay.intelligence.supply.DisruptionModel;
import dev.assay.intelligence.supply.DisruptionParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known-answer checks of the intelligence services on data made here. */
class IntelligenceServicesTest {
  private final ControlList list = ControlList.bundled();

  @Test
  void minerals_come_from_the_control_list_items_and_family_scope_adds_other_grades() {
    var family = new MineralClassifier(list, MineralClassifier.Scope.FAMILY);
    var controlled = new MineralClassifier(list, MineralClassifier.Scope.CONTROLLED);

    assertThat(family.mineral(HsCode.parse("8110101000"), "antimony ingots")).contains("antimony");
    assertThat(family.mineral(HsCode.parse("2825800090"), "antimony trioxide 99.5%"))
        .contains("antimony");
    assertThat(controlled.mineral(HsCode.parse("2825800090"), "antimony trioxide 99.5%")).isEmpty();
    assertThat(family.mineral(HsCode.parse("8505111000"), "sintered NdFeB magnets N42")).isEmpty();
    assertThat(family.mineral(HsCode.parse("6403990000"), "leather footwear")).isEmpty();
  }

  @Test
  void a_destination_whose_share_jumps_after_a_measure_is_a_hub_and_a_steady_one_is_not() {
    TradeCube cube = new TradeCube(new MineralClassifier(list, MineralClassifier.Scope.FAMILY));
    for (YearMonth m = YearMonth.of(2024, 1);
        !m.isAfter(YearMonth.of(2025, 6));
        m = m.plusMonths(1)) {
      boolean after = !m.isBefore(YearMonth.of(2024, 10));
      cube.add("antimony", "DE", m, new TradeCell(1000, 1, 20));
      cube.add("antimony", "TH", m, new TradeCell(after ? 1000 : 50, 1, after ? 20 : 1));
    }
    var result =
        new EventStudy(cube, 6, HubTest.DEFAULT)
            .study(list.measure("MOFCOM-GAC-2024-33").orElseThrow(), "antimony")
            .orElseThrow();

    assertThat(result.hubs()).extracting(s -> s.destination()).containsExactly("TH");
  }

  @Test
  void a_total_ban_costs_more_than_a_partial_cut_and_the_multiplier_drives_the_loss() {
    DisruptionParameters gallium = DisruptionParameters.bundled().get("gallium");

    var half = DisruptionModel.estimate(gallium, 0.5);
    var ban = DisruptionModel.estimate(gallium, 1.0);
    var none = DisruptionModel.estimate(gallium, 0.0);

    assertThat(none.lossUsd()).isLessThan(1e3);
    assertThat(ban.lossUsd()).isGreaterThan(half.lossUsd());
    assertThat(ban.priceShock())
        .isLessThanOrEqualTo(gallium.value("max_price_multiple") - 1 + 1e-9);
    assertThat(DisruptionModel.sensitivity(gallium, 1.0).getFirst().parameter())
        .isEqualTo("value_multiplier");
  }

  @Test
  void chinese_dysprosium_above_the_de_minimis_needs_a_licence_once_no_61_is_back() {
    var determiner = new ExtraterritorialDeterminer(list, ExtraterritorialRules.bundled());
    List<BomLine> bom =
        List.of(
            new BomLine(
                2,
                "Dy oxide",
                HsCode.parse("2846901993"),
                "dysprosium oxide",
                CountryCode.CHINA,
                2.40,
                null),
            new BomLine(
                3,
                "hub",
                HsCode.parse("7326909000"),
                "steel hub",
                CountryCode.parse("DE"),
                180,
                null));
    var item =
        new ExtraterritorialDeterminer.Item(
            "rotor",
            HsCode.parse("8505111000"),
            "NdFeB magnets containing dysprosium",
            CountryCode.parse("DE"),
            1200,
            EndUse.UNSPECIFIED,
            bom);
    var below =
        new ExtraterritorialDeterminer.Item(
            "rotor",
            item.hsCode(),
            item.description(),
            item.madeIn(),
            3000,
            EndUse.UNSPECIFIED,
            bom);

    assertThat(determiner.determine(item, LocalDate.parse("2026-06-01")).outcome())
        .isEqualTo(Outcome.SUSPENDED);
    var now = determiner.determine(item, LocalDate.parse("2026-12-05"));
    assertThat(now.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
    assertThat(now.share()).isEqualTo(0.002);
    assertThat(now.warnings()).isNotEmpty();
    assertThat(determiner.determine(below, LocalDate.parse("2026-12-05")).outcome())
        .isEqualTo(Outcome.NOT_REQUIRED);
  }
}
