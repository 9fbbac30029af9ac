package dev.assay.intelligence.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import dev.assay.intelligence.MineralClassifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trade table on a handful of declarations whose sums are worked out by hand. */
class TradeStatisticsTest {
  private static final String ANTIMONY = "8110101000";
  private TradeCube cube;
  private TradeStatistics stats;

  private static Declaration declaration(
      String date, String destination, String hs, String description, double kg, double usd) {
    CountryCode to = new CountryCode(destination);
    return new Declaration(
        "D-" + date + destination + kg,
        LocalDate.parse(date),
        "5300",
        new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan"),
        new Party("Buyer", to, "1 Road"),
        null,
        to,
        List.of(),
        new Transport(TransportMode.SEA, 1, kg + 100),
        EndUse.UNSPECIFIED,
        List.of(new GoodsLine(1, new HsCode(hs), description, kg, "KG", kg, usd, Optional.empty())),
        Optional.empty());
  }

  @BeforeEach
  void fill() {
    cube =
        new TradeCube(new MineralClassifier(ControlList.bundled(), MineralClassifier.Scope.FAMILY));
    // Antimony, kg: 2024Q1 DE 100 + US 300 = 400; 2024Q2 DE 200; 2025Q1 DE 50 + TH 150 = 200.
    cube.accepted(declaration("2024-01-10", "DE", ANTIMONY, "antimony ingots", 100, 1_000));
    cube.accepted(declaration("2024-02-10", "US", ANTIMONY, "antimony ingots", 300, 3_000));
    cube.accepted(declaration("2024-04-10", "DE", ANTIMONY, "antimony ingots", 200, 2_000));
    cube.accepted(declaration("2025-01-20", "DE", ANTIMONY, "antimony ingots", 50, 600));
    cube.accepted(declaration("2025-02-20", "TH", ANTIMONY, "antimony ingots", 150, 1_800));
    cube.accepted(declaration("2025-02-21", "DE", "6403990000", "leather footwear", 900, 9_000));
    stats = new TradeStatistics(cube);
  }

  private TradeRow row(List<TradeRow> rows, String destination, String period) {
    return rows.stream()
        .filter(r -> r.destination().equals(destination) && r.period().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + destination + " " + period));
  }

  @Test
  void lines_are_counted_by_mineral_through_the_control_list_and_others_apart() {
    assertThat(cube.declarations()).isEqualTo(6);
    assertThat(cube.mineralLines()).isEqualTo(5);
    assertThat(cube.otherLines()).isEqualTo(1);
    assertThat(cube.minerals()).containsExactly("antimony");
  }

  @Test
  void quarters_sum_the_months_and_compare_with_the_same_quarter_a_year_before() {
    List<TradeRow> rows = stats.table(Granularity.QUARTER, null, false);

    // Quarters without exports have no row.
    assertThat(rows).extracting(TradeRow::period).containsExactly("2024Q1", "2024Q2", "2025Q1");
    TradeRow q1 = row(rows, "*", "2025Q1");
    assertThat(q1.kg()).isEqualTo(200);
    assertThat(q1.usd()).isEqualTo(2_400);
    assertThat(q1.lines()).isEqualTo(2);
    assertThat(q1.share()).isEqualTo(1);
    assertThat(q1.yoyChange()).isCloseTo(-0.5, within(1e-12));
    // The year before 2024Q1 is outside the data: no change, not a made-up one.
    assertThat(row(rows, "*", "2024Q1").yoyChange()).isNull();
  }

  @Test
  void destinations_get_their_share_of_the_period_and_their_own_year_on_year() {
    List<TradeRow> rows = stats.table(Granularity.QUARTER, "antimony", true);

    List<TradeRow> q1 = rows.stream().filter(r -> r.period().equals("2025Q1")).toList();
    // Total first, then destinations by kg.
    assertThat(q1).extracting(TradeRow::destination).containsExactly("*", "TH", "DE");
    assertThat(row(rows, "TH", "2025Q1").share()).isCloseTo(0.75, within(1e-12));
    assertThat(row(rows, "DE", "2025Q1").share()).isCloseTo(0.25, within(1e-12));
    assertThat(row(rows, "DE", "2025Q1").yoyChange()).isCloseTo(-0.5, within(1e-12));
    // Thailand took nothing a year before: no change can be computed.
    assertThat(row(rows, "TH", "2025Q1").yoyChange()).isNull();
  }

  @Test
  void months_and_years_group_the_same_declarations() {
    assertThat(row(stats.table(Granularity.MONTH, null, false), "*", "2025-02").kg())
        .isEqualTo(150);
    assertThat(row(stats.table(Granularity.MONTH, null, false), "*", "2025-01").yoyChange())
        .isCloseTo(-0.5, within(1e-12));
    List<TradeRow> years = stats.table(Granularity.YEAR, null, false);
    assertThat(row(years, "*", "2024").kg()).isEqualTo(600);
    assertThat(row(years, "*", "2025").yoyChange()).isCloseTo(200.0 / 600 - 1, within(1e-12));
  }

  @Test
  void change_and_share_are_on_kilograms_and_say_nan_when_there_is_nothing_to_divide_by() {
    assertThat(stats.change("antimony", Period.parse("2024Q1"), Period.parse("2025Q1")))
        .isCloseTo(-0.5, within(1e-12));
    assertThat(stats.share("antimony", Set.of("TH", "US"), Period.parse("2024Q1..2025Q1")))
        .isCloseTo(450.0 / 800, within(1e-12));
    assertThat(stats.change("antimony", Period.parse("2023Q1"), Period.parse("2025Q1"))).isNaN();
    assertThat(stats.share("antimony", Set.of("TH"), Period.parse("2024Q3"))).isNaN();
  }

  @Test
  void a_mineral_not_in_the_data_gives_no_rows() {
    assertThat(stats.table(Granularity.QUARTER, "gallium", true)).isEmpty();
  }
}
