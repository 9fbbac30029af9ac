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
 * (811292: gallium, germanium, ...) is reported under all their names joined.
 */
public final class MirrorAnalysis implements Consumer<ComtradeRecord> {
  static final String CHINA = "CHN";
  static final String WORLD = "W00";

  private record Key(
      String reporter, String partner, String flow, String mineral, YearMonth month) {}

  private final MineralClassifier classifier;
  private final MirrorAllowances allowances;
  private final Map<Key, double[]> sums = new HashMap<>();
  private long outsideMinerals;
  private boolean annualData;

  public MirrorAnalysis(MineralClassifier classifier, MirrorAllowances allowances) {
    this.classifier = classifier;
    this.allowances = allowances;
  }

  @Override
  public void accept(ComtradeRecord r) {
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
    sums.forEach(
        (k, v) -> {
          if (k.reporter().equals(reporter)
              && (partner == null
                  ? !k.partner().equals(CHINA) && !k.partner().equals(WORLD)
                  : k.partner().equals(partner))
              && k.flow().equals(flow)
              && k.mineral().equals(mineral)
              && p.contains(k.month())) {
            total[0] += v[0];
            total[1] += v[1];
          }
        });
    return total;
  }

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

  /** China's exports to each partner against the partner's imports from China. */
  public List<MirrorGap> gaps() {
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
    for (String mineral : minerals()) {
      for (String partner : partners) {
        for (Period p : periods()) {
          Period chinaPeriod = Period.of(p.from().minusMonths(lag), p.to().minusMonths(lag));
          double[] china = sum(CHINA, partner, "X", mineral, chinaPeriod);
          double[] imports = sum(partner, CHINA, "M", mineral, p);
          if (china[0] < allowances.minValueUsd() && imports[0] < allowances.minValueUsd()) {
            continue;
          }
          gaps.add(gap(mineral, partner, p, chinaPeriod, china, imports));
        }
      }
    }
    return gaps;
  }

  private MirrorGap gap(
      String mineral,
      String partner,
      Period p,
      Period chinaPeriod,
      double[] china,
      double[] imports) {
    double valueRatio = china[0] > 0 ? imports[0] / china[0] : Double.NaN;
    double kgRatio = china[1] > 0 ? imports[1] / china[1] : Double.NaN;
    double high = 1 + allowances.cifMargin() + allowances.tolerance();
    double low = 1 - allowances.tolerance();
    MirrorGap.Finding finding;
    String explanation;
    if (china[0] == 0 || imports[0] == 0) {
      finding = MirrorGap.Finding.ONE_SIDE_ONLY;
      explanation =
          china[0] == 0
              ? partner + " records imports from China that China does not record as exports"
              : "China records exports that " + partner + " does not record as imports";
    } else if (valueRatio > high) {
      finding = MirrorGap.Finding.PARTNER_RECORDS_MORE;
      explanation =
          String.format(
              Locale.ROOT,
              "%s records %.0f%% of China's figure, above the %.0f%% allowed (CIF margin %.0f%%,"
                  + " tolerance %.0f%%): goods leaving China under other codes or undeclared",
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
              "%s records %.0f%% of China's figure, below the %.0f%% allowed: goods declared to %s"
                  + " went elsewhere, or were misdeclared on import",
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
        imports[0],
        valueRatio,
        china[1],
        imports[1],
        kgRatio,
        finding,
        explanation);
  }

  /** Each partner's imports from China against its exports of the same goods to third countries. */
  public List<ReexportRow> reexports() {
    List<ReexportRow> rows = new ArrayList<>();
    Set<String> partners = new TreeSet<>();
    sums.keySet().stream()
        .filter(k -> k.partner().equals(CHINA) && k.flow().equals("M"))
        .forEach(k -> partners.add(k.reporter()));
    for (String mineral : minerals()) {
      for (String partner : partners) {
        for (Period p : periods()) {
          double[] imports = sum(partner, CHINA, "M", mineral, p);
          if (imports[0] < allowances.minValueUsd()) {
            continue;
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
          double ratio = imports[1] > 0 ? third[1] / imports[1] : Double.NaN;
          rows.add(
              new ReexportRow(
                  mineral,
                  partner,
                  p.label(),
                  imports[1],
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
