package dev.assay.simulator.mirror;

import com.ibm.icu.util.Region;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.intelligence.MineralClassifier;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Makes partner-country trade data in the UN Comtrade CSV layout from simulated declarations, with
 * known answers for the mirror statistics: China's side is what the declarations record under the
 * control list's minerals (by month, 6-digit code and partner); each partner's imports from China
 * are China's exports plus a 5% CIF margin, with a quarter of each month's goods recorded the month
 * after (transit); and four planted patterns:
 *
 * <ul>
 *   <li>Thailand and Mexico re-export 85% of the antimony they import from China to the United
 *       States, the month after, from October 2024 (REU-0709: Thai Unipet to Youngsun & Essen);
 *   <li>Belgium re-exports 70% of its germanium from China, mostly to the United States (MULEM);
 *   <li>Vietnam records 40% more antimony from China than China records to Vietnam (goods leaving
 *       China under other codes or smuggled over land, as the Guangxi cases of fact base 4.2);
 *   <li>every other partner re-exports 5% to the United Kingdom (ordinary trade).
 * </ul>
 *
 * Values carry a seeded noise of up to 3%, so the same declarations and seed give the same file.
 */
public final class ComtradeSample implements Consumer<Declaration> {

  private record Cell(String partner, String hs6, YearMonth month) {}

  private final MineralClassifier classifier;
  private final Map<Cell, double[]> exports =
      new TreeMap<>(
          java.util.Comparator.comparing(Cell::month)
              .thenComparing(Cell::partner)
              .thenComparing(Cell::hs6));
  private final Map<Cell, String> minerals = new java.util.HashMap<>();
  private final long seed;

  public ComtradeSample(MineralClassifier classifier, long seed) {
    this.classifier = classifier;
    this.seed = seed;
  }

  @Override
  public void accept(Declaration d) {
    YearMonth month = YearMonth.from(d.declaredAt());
    String partner = iso3(d.destination().value());
    for (GoodsLine line : d.lines()) {
      var mineral = classifier.mineral(line.hsCode(), line.description());
      if (mineral.isEmpty()) {
        continue;
      }
      Cell cell = new Cell(partner, line.hsCode().subheading(), month);
      double[] s = exports.computeIfAbsent(cell, k -> new double[2]);
      s[0] += line.valueUsd();
      s[1] += line.netWeightKg();
      minerals.putIfAbsent(cell, mineral.get());
    }
  }

  /** Writes the file: header, then China's exports, partners' imports and their exports. */
  public void write(Writer out) throws java.io.IOException {
    Random random = new Random(new SplittableRandom(seed).nextLong());
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(
        "typeCode",
        "freqCode",
        "refPeriodId",
        "refYear",
        "refMonth",
        "period",
        "reporterCode",
        "reporterISO",
        "reporterDesc",
        "flowCode",
        "flowDesc",
        "partnerCode",
        "partnerISO",
        "partnerDesc",
        "classificationCode",
        "cmdCode",
        "cmdDesc",
        "qtyUnitCode",
        "qty",
        "netWgt",
        "cifvalue",
        "fobvalue",
        "primaryValue");
    List<String[]> rows = new ArrayList<>();
    Map<String, double[]> partnerRows = new TreeMap<>();
    for (Map.Entry<Cell, double[]> e : exports.entrySet()) {
      Cell c = e.getKey();
      double value = e.getValue()[0];
      double kg = e.getValue()[1];
      rows.add(row("CHN", "X", c.partner(), c.hs6(), c.month(), value, kg, false));
      String mineral = minerals.get(c);
      double extra = c.partner().equals("VNM") && mineral.equals("antimony") ? 1.4 : 1.0;
      // Three quarters arrive the same month, a quarter the month after.
      add(
          partnerRows,
          c.partner(),
          "M",
          "CHN",
          c.hs6(),
          c.month(),
          0.75 * extra,
          value,
          kg,
          random);
      add(
          partnerRows,
          c.partner(),
          "M",
          "CHN",
          c.hs6(),
          c.month().plusMonths(1),
          0.25 * extra,
          value,
          kg,
          random);
      double share;
      String to;
      if ((c.partner().equals("THA") || c.partner().equals("MEX"))
          && mineral.equals("antimony")
          && !c.month().isBefore(YearMonth.of(2024, 10))) {
        share = 0.85;
        to = "USA";
      } else if (c.partner().equals("BEL") && mineral.equals("germanium")) {
        share = 0.70;
        to = "USA";
      } else {
        share = 0.05;
        to = "GBR";
      }
      add(
          partnerRows,
          c.partner(),
          "X",
          to,
          c.hs6(),
          c.month().plusMonths(1),
          share,
          value,
          kg,
          random);
    }
    for (String[] r : rows) {
      csv.writeRecord(r);
    }
    for (Map.Entry<String, double[]> e : partnerRows.entrySet()) {
      String[] k = e.getKey().split("\\|");
      boolean imports = k[1].equals("M");
      csv.writeRecord(
          row(
              k[0],
              k[1],
              k[2],
              k[3],
              YearMonth.parse(k[4]),
              e.getValue()[0],
              e.getValue()[1],
              imports));
    }
    csv.flush();
  }

  private static void add(
      Map<String, double[]> rows,
      String reporter,
      String flow,
      String partner,
      String hs6,
      YearMonth month,
      double share,
      double value,
      double kg,
      Random random) {
    double noise = 1 + (random.nextDouble() - 0.5) * 0.06;
    // Imports are valued CIF: 5% freight and insurance on top of the FOB value.
    double cif = flow.equals("M") ? 1.05 : 1.0;
    double[] s =
        rows.computeIfAbsent(
            String.join("|", reporter, flow, partner, hs6, month.toString()), k -> new double[2]);
    s[0] += value * share * cif * noise;
    s[1] += kg * share * noise;
  }

  private static String[] row(
      String reporter,
      String flow,
      String partner,
      String hs6,
      YearMonth month,
      double value,
      double kg,
      boolean imports) {
    String v = String.format(Locale.ROOT, "%.0f", value);
    String w = String.format(Locale.ROOT, "%.1f", kg);
    String period = String.format(Locale.ROOT, "%04d%02d", month.getYear(), month.getMonthValue());
    return new String[] {
      "C",
      "M",
      period,
      Integer.toString(month.getYear()),
      Integer.toString(month.getMonthValue()),
      period,
      numeric(reporter),
      reporter,
      name(reporter),
      flow,
      switch (flow) {
        case "M" -> "Import";
        case "X" -> "Export";
        default -> flow;
      },
      numeric(partner),
      partner,
      name(partner),
      "H6",
      hs6,
      "",
      "8",
      w,
      w,
      imports ? v : "",
      imports ? "" : v,
      v
    };
  }

  static String iso3(String alpha2) {
    return Locale.of("", alpha2).getISO3Country();
  }

  private static final Map<String, String> ALPHA2 = new java.util.HashMap<>();

  static {
    for (String a2 : Locale.getISOCountries()) {
      ALPHA2.put(Locale.of("", a2).getISO3Country(), a2);
    }
  }

  private static String alpha2(String iso3) {
    return ALPHA2.get(iso3);
  }

  private static String numeric(String iso3) {
    String a2 = alpha2(iso3);
    if (a2 == null) {
      return "";
    }
    try {
      return Integer.toString(Region.getInstance(a2).getNumericCode());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String name(String iso3) {
    String a2 = alpha2(iso3);
    return a2 == null ? iso3 : Locale.of("", a2).getDisplayCountry(Locale.ENGLISH);
  }
}
