package dev.assay.intelligence.mirror;

import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.stats.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Mirror statistics: compares China's recorded exports of each controlled mineral's goods to a
 * partner with the partner's recorded imports from China, and the partner's imports from China with
 * its exports of the same goods to third countries. Fed {@link ComtradeRecord}s one at a time (it
 * keeps sums by reporter, partner, flow, mineral and month only). Goods are attributed to a mineral
 * through the control list's items at the 6-digit level; a subheading that several minerals share
 * (811292: gallium, germanium, ...) is reported under all their names joined. Both comparisons are
 * timing-adjusted by a share of a month's goods that moves into the next month, estimated from the
 * monthly data ({@link #transitShare()}, {@link #reexportLagShare()}).
 */
public final class MirrorAnalysis implements Consumer<ComtradeRecord> {
  static final String CHINA = "CHN";
  static final String WORLD = "W00";

  private record Key(
      String reporter, String partner, String flow, String mineral, YearMonth month) {}

  private final MineralClassifier classifier;
  private final MirrorAllowances allowances;
  private final Map<Key, double[]> sums = new HashMap<>();

  /** Months in which each reporter sent any row. */
  private final Map<String, Set<YearMonth>> covered = new HashMap<>();

  private long outsideMinerals;
  private boolean annualData;
  private Double transitShare;
  private Double reexportLagShare;
  private long notCovered;

  public MirrorAnalysis(MineralClassifier classifier, MirrorAllowances allowances) {
    this.classifier = classifier;
    this.allowances = allowances;
  }

  @Override
  public void accept(ComtradeRecord r) {
    // Any row, of any goods, shows that the reporter reported that month; what was derived from
    // the rows so far is out of date.
    covered.computeIfAbsent(r.reporter(), k -> new java.util.HashSet<>()).add(r.month());
    transitShare = null;
    reexportLagShare = null;
    gapsComputed = null;
    String hs6 = r.commodity().length() >= 6 ? r.commodity().substring(0, 6) : r.commodity();
    Set<String> minerals = classifier.mineralsOfSubheading(hs6);
    if (minerals.isEmpty()) {
      outsideMinerals++;
      return;
    }
    annualData |= r.annual();
    String flow = r.isExport() ? "X" : r.flow();
    double[] s =
        sums.computeIfAbsent(
            new Key(r.reporter(), r.partner(), flow, String.join("/", minerals), r.month()),
            k -> new double[2]);
    s[0] += r.valueUsd();
    s[1] += r.netWeightKg();
  }

  /** Rows whose commodity is none of the control list's minerals. */
  public long outsideMinerals() {
    return outsideMinerals;
  }

  private double[] sum(String reporter, String partner, String flow, String mineral, Period p) {
    double[] total = new double[2];
    if (partner != null) {
      // One cell a month: looked up, not scanned.
      for (YearMonth m = p.from(); !m.isAfter(p.to()); m = m.plusMonths(1)) {
        double[] v = sums.get(new Key(reporter, partner, flow, mineral, m));
        if (v != null) {
          total[0] += v[0];
          total[1] += v[1];
        }
      }
      return total;
    }
    sums.forEach(
        (k, v) -> {
          if (k.reporter().equals(reporter)
              && !k.partner().equals(CHINA)
              && !k.partner().equals(WORLD)
              && k.flow().equals(flow)
              && k.mineral().equals(mineral)
              && p.contains(k.month())) {
            total[0] += v[0];
            total[1] += v[1];
          }
        });
    return total;
  }

  /**
   * Whether the reporter sent any row for every month of the period (for annual data: for its
   * year). A period a reporter did not report is not compared: its absence is no evidence.
   */
  private boolean covers(String reporter, Period p) {
    Set<YearMonth> months = covered.getOrDefault(reporter, Set.of());
    if (annualData) {
      return months.contains(YearMonth.of(p.from().getYear(), 1));
    }
    for (YearMonth m = p.from(); !m.isAfter(p.to()); m = m.plusMonths(1)) {
      if (!months.contains(m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The share of a month's exports that partners record as imports the month after (goods in
   * transit over the month's end): as given, or estimated from the monthly data. The model: a
   * partner's imports from China in a month are I(t) = c [(1 - f) E(t) + f E(t-1)], E being China's
   * exports to it, with one transit share f for all and a scale c for each partner and mineral
   * (which absorbs the CIF margin and any misdeclaration, so that neither moves f). f is the
   * least-squares fit (weighted by 1 / (E(t) + E(t-1)), so that the largest flows do not decide
   * alone), each c solved for in closed form. 0 for annual data, and where the data cannot tell
   * (flows that never change month to month look the same whatever the share).
   */
  public double transitShare() {
    if (transitShare == null) {
      transitShare =
          annualData
              ? 0
              : Double.isNaN(allowances.transitShare())
                  ? estimateTransitShare()
                  : allowances.transitShare();
    }
    return transitShare;
  }

  /**
   * One month of a partner's imports of a mineral: e, p (China's exports then and the month
   * before), i (the partner's imports), w (weight).
   */
  private record Point(double e, double p, double i, double w) {}

  private double estimateTransitShare() {
    int lag = allowances.lagMonths();
    // Every month of China's exports to a partner, and the month after (spill-over alone), paired
    // with the partner's imports in the month the goods should arrive in.
    record Cell(String partner, String mineral, YearMonth exported) {}
    Set<Cell> cells = new java.util.HashSet<>();
    sums.keySet().stream()
        .filter(k -> k.reporter().equals(CHINA) && k.flow().equals("X"))
        .filter(k -> !k.partner().equals(WORLD))
        .forEach(
            k -> {
              cells.add(new Cell(k.partner(), k.mineral(), k.month()));
              cells.add(new Cell(k.partner(), k.mineral(), k.month().plusMonths(1)));
            });
    Map<String, List<Point>> series = new HashMap<>();
    for (Cell c : cells) {
      YearMonth recorded = c.exported().plusMonths(lag);
      if (!covers(CHINA, Period.of(c.exported().minusMonths(1), c.exported()))
          || !covers(c.partner(), Period.of(recorded, recorded))) {
        continue;
      }
      double e = cell(CHINA, c.partner(), "X", c.mineral(), c.exported());
      double p = cell(CHINA, c.partner(), "X", c.mineral(), c.exported().minusMonths(1));
      double i = cell(c.partner(), CHINA, "M", c.mineral(), recorded);
      series
          .computeIfAbsent(c.partner() + "|" + c.mineral(), k -> new ArrayList<>())
          .add(new Point(e, p, i, 1 / (e + p)));
    }
    return fitShare(series);
  }

  /**
   * The share f of I(t) = c [(1 - f) E(t) + f E(t-1)] that fits every series best, each with its
   * own scale c (see {@link #transitShare()}); 0 where the data cannot tell.
   */
  private static double fitShare(Map<String, List<Point>> series) {
    if (series.isEmpty()) {
      return 0;
    }
    // A grid, then golden-section search in the best cell of it.
    int steps = 100;
    double best = 0;
    double bestResidual = Double.POSITIVE_INFINITY;
    double worst = 0;
    for (int k = 0; k <= steps; k++) {
      double r = residual(series.values(), (double) k / steps);
      worst = Math.max(worst, r);
      if (r < bestResidual) {
        bestResidual = r;
        best = (double) k / steps;
      }
    }
    if (worst - bestResidual <= 1e-12 * Math.max(worst, 1)) {
      return 0;
    }
    double lo = Math.max(0, best - 1.0 / steps);
    double hi = Math.min(1, best + 1.0 / steps);
    double golden = (Math.sqrt(5) - 1) / 2;
    for (int k = 0; k < 60; k++) {
      double x1 = hi - golden * (hi - lo);
      double x2 = lo + golden * (hi - lo);
      if (residual(series.values(), x1) <= residual(series.values(), x2)) {
        hi = x2;
      } else {
        lo = x1;
      }
    }
    return (lo + hi) / 2;
  }

  /** The weighted residual sum of squares at transit share f, each series at its best scale. */
  private static double residual(java.util.Collection<List<Point>> series, double f) {
    double total = 0;
    for (List<Point> points : series) {
      double xx = 0;
      double xi = 0;
      double ii = 0;
      for (Point q : points) {
        double x = (1 - f) * q.e() + f * q.p();
        xx += q.w() * x * x;
        xi += q.w() * x * q.i();
        ii += q.w() * q.i() * q.i();
      }
      total += xx > 0 ? ii - xi * xi / xx : ii;
    }
    return total;
  }

  private double cell(String reporter, String partner, String flow, String mineral, YearMonth m) {
    double[] v = sums.get(new Key(reporter, partner, flow, mineral, m));
    return v == null ? 0 : v[0];
  }

  /**
   * The share of a month's imports from China that a partner re-exports the month after rather than
   * the same month: estimated as {@link #transitShare()} is, on each partner's monthly imports from
   * China (E) and its exports of the same goods to third countries (I), each partner and mineral
   * with its own scale (its re-export share). 0 for annual data.
   */
  public double reexportLagShare() {
    if (reexportLagShare == null) {
      reexportLagShare = annualData ? 0 : fitShare(reexportSeries());
    }
    return reexportLagShare;
  }

  private Map<String, List<Point>> reexportSeries() {
    record Cell(String partner, String mineral, YearMonth month) {}
    Set<Cell> cells = new java.util.HashSet<>();
    sums.keySet().stream()
        .filter(k -> k.partner().equals(CHINA) && k.flow().equals("M"))
        .forEach(
            k -> {
              cells.add(new Cell(k.reporter(), k.mineral(), k.month()));
              cells.add(new Cell(k.reporter(), k.mineral(), k.month().plusMonths(1)));
            });
    Map<String, List<Point>> series = new HashMap<>();
    for (Cell c : cells) {
      Period both = Period.of(c.month().minusMonths(1), c.month());
      if (!covers(c.partner(), both)) {
        continue;
      }
      double[] now = sum(c.partner(), CHINA, "M", c.mineral(), Period.of(c.month(), c.month()));
      double[] before =
          sum(c.partner(), CHINA, "M", c.mineral(), Period.of(both.from(), both.from()));
      double[] third = sum(c.partner(), null, "X", c.mineral(), Period.of(c.month(), c.month()));
      if (now[1] + before[1] > 0) {
        series
            .computeIfAbsent(c.partner() + "|" + c.mineral(), k -> new ArrayList<>())
            .add(new Point(now[1], before[1], third[1], 1 / (now[1] + before[1])));
      }
    }
    return series;
  }

  /** Partner-periods left out of {@link #gaps()} because one side did not report those months. */
  public long notCovered() {
    gaps();
    return notCovered;
  }

  /** The gaps as last computed, until a record comes in. */
  private List<MirrorGap> gapsComputed;

  private List<Period> periods() {
    Set<Period> periods = new java.util.LinkedHashSet<>();
    new TreeSet<>(sums.keySet().stream().map(Key::month).toList())
        .forEach(
            m ->
                periods.add(
                    annualData
                        ? Period.parse(Integer.toString(m.getYear()))
                        : allowances.granularity().periodOf(m)));
    return List.copyOf(periods);
  }

  private Set<String> minerals() {
    Set<String> m = new TreeSet<>();
    sums.keySet().forEach(k -> m.add(k.mineral()));
    return m;
  }

  /**
   * China's exports to each partner against the partner's imports from China, period by period,
   * timing-adjusted: of China's exports in the period, the transit share of its last month is
   * expected in the next period, and the same share of the month before the period is expected in
   * this one. Periods that either side did not report are left out ({@link #notCovered()}).
   */
  public List<MirrorGap> gaps() {
    if (gapsComputed != null) {
      return gapsComputed;
    }
    List<MirrorGap> gaps = new ArrayList<>();
    Set<String> partners = new TreeSet<>();
    sums.keySet().stream()
        .filter(k -> k.reporter().equals(CHINA) && k.flow().equals("X"))
        .forEach(k -> partners.add(k.partner()));
    sums.keySet().stream()
        .filter(k -> k.partner().equals(CHINA) && k.flow().equals("M"))
        .forEach(k -> partners.add(k.reporter()));
    partners.remove(WORLD);
    int lag = annualData ? 0 : allowances.lagMonths();
    double share = transitShare();
    long left = 0;
    for (String mineral : minerals()) {
      for (String partner : partners) {
        for (Period p : periods()) {
          Period chinaPeriod = Period.of(p.from().minusMonths(lag), p.to().minusMonths(lag));
          double[] china = sum(CHINA, partner, "X", mineral, chinaPeriod);
          double[] imports = sum(partner, CHINA, "M", mineral, p);
          double[] expected = china.clone();
          if (share > 0) {
            YearMonth before = chinaPeriod.from().minusMonths(1);
            double[] in = sum(CHINA, partner, "X", mineral, Period.of(before, before));
            double[] out =
                sum(CHINA, partner, "X", mineral, Period.of(chinaPeriod.to(), chinaPeriod.to()));
            for (int i = 0; i < 2; i++) {
              expected[i] += share * (in[i] - out[i]);
            }
          }
          if (Math.max(china[0], expected[0]) < allowances.minValueUsd()
              && imports[0] < allowances.minValueUsd()) {
            continue;
          }
          Period needed =
              share > 0
                  ? Period.of(chinaPeriod.from().minusMonths(1), chinaPeriod.to())
                  : chinaPeriod;
          if (!covers(CHINA, needed) || !covers(partner, p)) {
            left++;
            continue;
          }
          gaps.add(gap(mineral, partner, p, chinaPeriod, china, expected, imports));
        }
      }
    }
    notCovered = left;
    gapsComputed = List.copyOf(gaps);
    return gapsComputed;
  }

  private MirrorGap gap(
      String mineral,
      String partner,
      Period p,
      Period chinaPeriod,
      double[] china,
      double[] expected,
      double[] imports) {
    double valueRatio = expected[0] > 0 ? imports[0] / expected[0] : Double.NaN;
    double kgRatio = expected[1] > 0 ? imports[1] / expected[1] : Double.NaN;
    double high = 1 + allowances.cifMargin() + allowances.tolerance();
    double low = 1 - allowances.tolerance();
    MirrorGap.Finding finding;
    String explanation;
    if (expected[0] <= 0 || imports[0] == 0) {
      finding = MirrorGap.Finding.ONE_SIDE_ONLY;
      explanation =
          expected[0] <= 0
              ? partner + " records imports from China that China does not record as exports"
              : "China records exports that " + partner + " does not record as imports";
    } else if (valueRatio > high) {
      finding = MirrorGap.Finding.PARTNER_RECORDS_MORE;
      explanation =
          String.format(
              Locale.ROOT,
              "%s records %.0f%% of China's timing-adjusted figure, above the %.0f%% allowed (CIF"
                  + " margin %.0f%%, tolerance %.0f%%): goods leaving China under other codes or"
                  + " undeclared",
              partner,
              valueRatio * 100,
              high * 100,
              allowances.cifMargin() * 100,
              allowances.tolerance() * 100);
    } else if (valueRatio < low) {
      finding = MirrorGap.Finding.PARTNER_RECORDS_LESS;
      explanation =
          String.format(
              Locale.ROOT,
              "%s records %.0f%% of China's timing-adjusted figure, below the %.0f%% allowed:"
                  + " goods declared to %s went elsewhere, or were misdeclared on import",
              partner,
              valueRatio * 100,
              low * 100,
              partner);
    } else {
      finding = MirrorGap.Finding.CONSISTENT;
      explanation = "within the allowances";
    }
    return new MirrorGap(
        mineral,
        partner,
        p.label(),
        chinaPeriod.label(),
        china[0],
        expected[0],
        imports[0],
        valueRatio,
        china[1],
        imports[1],
        kgRatio,
        finding,
        explanation);
  }

  /**
   * Each partner's imports from China against its exports of the same goods to third countries, by
   * kilograms. Timing-adjusted as the gaps are: of the imports of the period's last month, the
   * {@link #reexportLagShare()} leaves in the next period, and that share of the month before the
   * period's imports leaves in this one. Periods whose month before the partner did not report are
   * left out.
   */
  public List<ReexportRow> reexports() {
    List<ReexportRow> rows = new ArrayList<>();
    Set<String> partners = new TreeSet<>();
    sums.keySet().stream()
        .filter(k -> k.partner().equals(CHINA) && k.flow().equals("M"))
        .forEach(k -> partners.add(k.reporter()));
    double lagShare = reexportLagShare();
    for (String mineral : minerals()) {
      for (String partner : partners) {
        for (Period p : periods()) {
          double[] imports = sum(partner, CHINA, "M", mineral, p);
          if (imports[0] < allowances.minValueUsd()) {
            continue;
          }
          double adjusted = imports[1];
          if (lagShare > 0) {
            YearMonth before = p.from().minusMonths(1);
            if (!covers(partner, Period.of(before, p.to()))) {
              continue;
            }
            adjusted +=
                lagShare
                    * (sum(partner, CHINA, "M", mineral, Period.of(before, before))[1]
                        - sum(partner, CHINA, "M", mineral, Period.of(p.to(), p.to()))[1]);
          }
          double[] third = sum(partner, null, "X", mineral, p);
          if (third[1] == 0) {
            // Only a world total reported: use it.
            third = sum(partner, WORLD, "X", mineral, p);
          }
          Map<String, Double> byDestination = new TreeMap<>();
          sums.forEach(
              (k, v) -> {
                if (k.reporter().equals(partner)
                    && k.flow().equals("X")
                    && k.mineral().equals(mineral)
                    && p.contains(k.month())
                    && !k.partner().equals(CHINA)
                    && !k.partner().equals(WORLD)) {
                  byDestination.merge(k.partner(), v[1], Double::sum);
                }
              });
          String top = "";
          double topKg = 0;
          for (Map.Entry<String, Double> e : byDestination.entrySet()) {
            if (e.getValue() > topKg) {
              top = e.getKey();
              topKg = e.getValue();
            }
          }
          double ratio = adjusted > 0 ? third[1] / adjusted : Double.NaN;
          rows.add(
              new ReexportRow(
                  mineral,
                  partner,
                  p.label(),
                  imports[1],
                  adjusted,
                  third[1],
                  ratio,
                  top,
                  third[1] > 0 ? topKg / third[1] : 0,
                  ratio >= allowances.reexportThreshold()));
        }
      }
    }
    return rows;
  }
}
