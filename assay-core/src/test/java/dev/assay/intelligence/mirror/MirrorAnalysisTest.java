package dev.assay.intelligence.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.controllist.ControlList;
import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.mirror.MirrorGap.Finding;
import dev.assay.intelligence.stats.Granularity;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Mirror statistics on trade data made here, where the answer is known: partners record China's
 * exports plus 5% CIF, a quarter of each month's goods the month after (as the shipped sample).
 */
class MirrorAnalysisTest {
  private static final MineralClassifier CLASSIFIER =
      new MineralClassifier(ControlList.bundled(), MineralClassifier.Scope.FAMILY);
  private static final String ANTIMONY = "811010";
  private static final YearMonth FIRST = YearMonth.of(2024, 1);
  private static final YearMonth LAST = YearMonth.of(2024, 12);

  /** China's monthly exports (USD; kg a hundredth) to one partner, and how the partner records. */
  private record Flow(String partner, Function<YearMonth, Double> exports, double recordedShare) {}

  private static MirrorAnalysis analyse(MirrorAllowances allowances, Flow... flows) {
    MirrorAnalysis analysis = new MirrorAnalysis(CLASSIFIER, allowances);
    for (Flow f : flows) {
      Map<YearMonth, Double> imports = new TreeMap<>();
      for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
        double e = f.exports().apply(m);
        analysis.accept(record("CHN", f.partner(), "X", m, e));
        imports.merge(m, 0.75 * e * 1.05 * f.recordedShare(), Double::sum);
        imports.merge(m.plusMonths(1), 0.25 * e * 1.05 * f.recordedShare(), Double::sum);
      }
      // The partner reports through the last month China reports, as real data would.
      imports.forEach(
          (m, v) -> {
            if (!m.isAfter(LAST)) {
              analysis.accept(record(f.partner(), "CHN", "M", m, v));
            }
          });
    }
    return analysis;
  }

  private static ComtradeRecord record(
      String reporter, String partner, String flow, YearMonth m, double usd) {
    return new ComtradeRecord(reporter, partner, flow, m, false, ANTIMONY, usd, usd / 100);
  }

  private static MirrorGap gap(MirrorAnalysis a, String partner, String period) {
    return a.gaps().stream()
        .filter(g -> g.partner().equals(partner) && g.period().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + partner + " " + period));
  }

  private static final Function<YearMonth, Double> STEADY = m -> 300_000.0;
  private static final Function<YearMonth, Double> RISING = m -> 100_000.0 * m.getMonthValue();

  /** A flow that collapses after March: the case that gave the shipped sample's false alarms. */
  private static final Function<YearMonth, Double> FALLING =
      m -> m.getMonthValue() <= 3 ? 3_000_000.0 : 50_000.0;

  @Test
  void a_partner_recording_forty_percent_more_is_flagged_and_twenty_percent_more_is_not() {
    MirrorAnalysis a =
        analyse(
            MirrorAllowances.DEFAULT,
            new Flow("VNM", STEADY, 1.4),
            new Flow("THA", STEADY, 1.2),
            new Flow("DEU", STEADY, 1.0));

    MirrorGap hit = gap(a, "VNM", "2024Q2");
    assertThat(hit.finding()).isEqualTo(Finding.PARTNER_RECORDS_MORE);
    assertThat(hit.valueRatio()).isCloseTo(1.4 * 1.05, within(1e-9));
    assertThat(hit.kgRatio()).isCloseTo(1.4 * 1.05, within(1e-9));
    // 1.2 x 1.05 = 1.26, under the 1 + 6% + 25% allowed.
    assertThat(gap(a, "THA", "2024Q2").finding()).isEqualTo(Finding.CONSISTENT);
    assertThat(gap(a, "DEU", "2024Q3").valueRatio()).isCloseTo(1.05, within(1e-9));
  }

  @Test
  void a_partner_recording_much_less_is_flagged_and_the_tolerance_edge_is_not() {
    MirrorAnalysis a =
        analyse(
            MirrorAllowances.DEFAULT,
            new Flow("IND", STEADY, 0.6),
            new Flow("JPN", STEADY, 0.75),
            new Flow("DEU", STEADY, 1.0));

    assertThat(gap(a, "IND", "2024Q3").finding()).isEqualTo(Finding.PARTNER_RECORDS_LESS);
    // 0.75 x 1.05 = 0.7875, just above the 75% floor.
    assertThat(gap(a, "JPN", "2024Q3").finding()).isEqualTo(Finding.CONSISTENT);
  }

  @Test
  void the_transit_share_is_estimated_from_the_monthly_data_and_misdeclaration_does_not_move_it() {
    Flow falling = new Flow("KOR", FALLING, 1.0);
    Flow rising = new Flow("DEU", RISING, 1.0);

    assertThat(analyse(MirrorAllowances.DEFAULT, falling, rising).transitShare())
        .isCloseTo(0.25, within(1e-6));
    // A partner recording 40% more has a scale of its own: it does not move the share.
    assertThat(
            analyse(MirrorAllowances.DEFAULT, falling, rising, new Flow("VNM", RISING, 1.4))
                .transitShare())
        .isCloseTo(0.25, within(1e-6));
    // Flows that never change cannot tell transit from the same month: no adjustment.
    assertThat(analyse(MirrorAllowances.DEFAULT, new Flow("DEU", STEADY, 1.0)).transitShare())
        .isZero();
  }

  @Test
  void goods_in_transit_over_a_quarter_end_of_a_falling_flow_are_no_gap() {
    Flow falling = new Flow("KOR", FALLING, 1.0);
    Flow steady = new Flow("DEU", STEADY, 1.0);
    MirrorAnalysis adjusted = analyse(MirrorAllowances.DEFAULT, falling, steady);
    MirrorAnalysis unadjusted = analyse(withTransitShare(0), falling, steady);

    // Q2: China 150k, the partner 1.05 x (150k + 0.25 x (3m - 50k)): the March spill-over.
    MirrorGap q2 = gap(adjusted, "KOR", "2024Q2");
    assertThat(q2.finding()).isEqualTo(Finding.CONSISTENT);
    assertThat(q2.expectedUsd()).isCloseTo(150_000 + 0.25 * (3_000_000 - 50_000), within(1.0));
    assertThat(q2.valueRatio()).isCloseTo(1.05, within(1e-6));
    // Without the transit share (a whole-month lag of 0, the old mechanism) it is a false alarm.
    assertThat(gap(unadjusted, "KOR", "2024Q2").finding()).isEqualTo(Finding.PARTNER_RECORDS_MORE);
  }

  @Test
  void periods_a_side_did_not_report_are_not_compared() {
    MirrorAnalysis a = analyse(MirrorAllowances.DEFAULT, new Flow("DEU", RISING, 1.0));
    // The partner alone reports January 2025 (China's data end in December 2024).
    a.accept(record("DEU", "CHN", "M", YearMonth.of(2025, 1), 100_000));

    List<String> periods = a.gaps().stream().map(MirrorGap::period).toList();
    // 2024Q1 needs China's December 2023 (the spill-over into January); 2025Q1 China's 2025.
    assertThat(periods).containsExactly("2024Q2", "2024Q3", "2024Q4");
    assertThat(a.notCovered()).isEqualTo(2);
  }

  @Test
  void a_partner_that_reports_but_records_nothing_from_china_is_one_side_only() {
    MirrorAnalysis a = analyse(MirrorAllowances.DEFAULT, new Flow("DEU", STEADY, 1.0));
    for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
      a.accept(record("CHN", "FRA", "X", m, 300_000));
      a.accept(record("FRA", "USA", "X", m, 1_000)); // FRA reports, but no imports from China
    }

    MirrorGap g = gap(a, "FRA", "2024Q3");
    assertThat(g.finding()).isEqualTo(Finding.ONE_SIDE_ONLY);
    assertThat(g.explanation()).contains("FRA does not record");
  }

  @Test
  void a_partner_re_exporting_most_of_its_imports_is_a_hub_and_one_under_the_threshold_is_not() {
    MirrorAnalysis a = new MirrorAnalysis(CLASSIFIER, MirrorAllowances.DEFAULT);
    for (YearMonth m = FIRST; !m.isAfter(YearMonth.of(2024, 3)); m = m.plusMonths(1)) {
      a.accept(record("THA", "CHN", "M", m, 1_000_000)); // 10,000 kg a month
      a.accept(record("THA", "USA", "X", m, 800_000)); // 8,000 kg
      a.accept(record("THA", "GBR", "X", m, 50_000)); // 500 kg
      a.accept(record("MYS", "CHN", "M", m, 1_000_000));
      a.accept(record("MYS", "USA", "X", m, 490_000)); // 0.49 of imports
    }

    ReexportRow tha = row(a, "THA");
    assertThat(tha.ratio()).isCloseTo(0.85, within(1e-9));
    assertThat(tha.topDestination()).isEqualTo("USA");
    assertThat(tha.topDestinationShare()).isCloseTo(800.0 / 850, within(1e-9));
    assertThat(tha.hub()).isTrue();
    ReexportRow mys = row(a, "MYS");
    assertThat(mys.ratio()).isCloseTo(0.49, within(1e-9));
    assertThat(mys.hub()).isFalse();
  }

  @Test
  void re_exports_a_month_after_the_import_are_matched_to_it() {
    MirrorAnalysis a = new MirrorAnalysis(CLASSIFIER, MirrorAllowances.DEFAULT);
    for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
      // Imports collapse after June; 85% (Thailand) and 40% (Malaysia) leave the month after.
      double imports = m.getMonthValue() <= 6 ? 5_000_000 : 200_000;
      a.accept(record("THA", "CHN", "M", m, imports));
      a.accept(record("THA", "USA", "X", m.plusMonths(1), 0.85 * imports));
      a.accept(record("MYS", "CHN", "M", m, imports));
      a.accept(record("MYS", "USA", "X", m.plusMonths(1), 0.40 * imports));
    }

    assertThat(a.reexportLagShare()).isCloseTo(1, within(1e-6));
    // Q3 exports (June's big month re-exported in July) against Q3 imports: 85%, not 85 x 27/3.
    ReexportRow q3 = row(a, "THA", "2024Q3");
    assertThat(q3.ratio()).isCloseTo(0.85, within(1e-6));
    assertThat(q3.hub()).isTrue();
    assertThat(row(a, "MYS", "2024Q3").hub()).isFalse();
    // January's re-exports come from December 2023, which the data do not have.
    assertThat(a.reexports()).noneMatch(r -> r.period().equals("2024Q1"));
  }

  @Test
  void annual_data_are_compared_by_year_without_a_transit_share() {
    MirrorAnalysis a = new MirrorAnalysis(CLASSIFIER, MirrorAllowances.DEFAULT);
    YearMonth y = YearMonth.of(2024, 1);
    a.accept(new ComtradeRecord("CHN", "VNM", "X", y, true, ANTIMONY, 1_000_000, 10_000));
    a.accept(new ComtradeRecord("VNM", "CHN", "M", y, true, ANTIMONY, 1_500_000, 14_000));

    assertThat(a.transitShare()).isZero();
    MirrorGap g = gap(a, "VNM", "2024");
    assertThat(g.valueRatio()).isCloseTo(1.5, within(1e-9));
    assertThat(g.finding()).isEqualTo(Finding.PARTNER_RECORDS_MORE);
  }

  @Test
  void goods_outside_the_control_list_are_counted_not_compared() {
    MirrorAnalysis a = new MirrorAnalysis(CLASSIFIER, MirrorAllowances.DEFAULT);
    a.accept(new ComtradeRecord("CHN", "DEU", "X", FIRST, false, "640399", 5e6, 1e4));

    assertThat(a.outsideMinerals()).isEqualTo(1);
    assertThat(a.gaps()).isEmpty();
  }

  private static ReexportRow row(MirrorAnalysis a, String partner) {
    return row(a, partner, "2024Q1");
  }

  private static ReexportRow row(MirrorAnalysis a, String partner, String period) {
    return a.reexports().stream()
        .filter(r -> r.partner().equals(partner) && r.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  private static MirrorAllowances withTransitShare(double share) {
    MirrorAllowances d = MirrorAllowances.DEFAULT;
    return new MirrorAllowances(
        d.cifMargin(),
        d.tolerance(),
        d.lagMonths(),
        share,
        d.reexportThreshold(),
        d.minValueUsd(),
        Granularity.QUARTER);
  }
}
