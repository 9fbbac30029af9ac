package dev.assay.simulator.statistics;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.reference.ReferenceData;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Export statistics as customs compiles them from declarations: net weight declared under each
 * mineral family's codes, by month and destination. What is declared under another code (a cover
 * name, concealed or hidden goods) is not counted, exactly as in the real statistics. Its size
 * depends on families, months and countries, never on the number of declarations.
 */
public final class ExportStatistics {
  private final Map<String, String> familyByCode = new HashMap<>();
  private final Map<String, Map<YearMonth, Map<String, Double>>> kg = new TreeMap<>();

  public ExportStatistics(ReferenceData reference) {
    for (MineralProduct product : reference.mineralProducts()) {
      familyByCode.put(product.hsCode().value(), product.family());
    }
  }

  public void add(Declaration declaration) {
    YearMonth month = YearMonth.from(declaration.declaredAt());
    for (GoodsLine line : declaration.lines()) {
      String family = familyByCode.get(line.hsCode().value());
      if (family != null) {
        kg.computeIfAbsent(family, f -> new TreeMap<>())
            .computeIfAbsent(month, m -> new TreeMap<>())
            .merge(declaration.destination().value(), line.netWeightKg(), Double::sum);
      }
    }
  }

  /** Kilograms of a family exported in the months from..to (inclusive), to any destination. */
  public double kilograms(String family, YearMonth from, YearMonth to) {
    return kilograms(family, from, to, null);
  }

  /** Kilograms to the given destinations only (null: all). */
  public double kilograms(String family, YearMonth from, YearMonth to, List<String> countries) {
    double sum = 0;
    for (var entry : kg.getOrDefault(family, Map.of()).entrySet()) {
      if (entry.getKey().isBefore(from) || entry.getKey().isAfter(to)) {
        continue;
      }
      for (var byCountry : entry.getValue().entrySet()) {
        if (countries == null || countries.contains(byCountry.getKey())) {
          sum += byCountry.getValue();
        }
      }
    }
    return sum;
  }

  /** Per cent change of b against a, or NaN where a is empty. */
  public double change(String family, YearMonth[] a, YearMonth[] b) {
    double before = kilograms(family, a[0], a[1]);
    double after = kilograms(family, b[0], b[1]);
    return before == 0 ? Double.NaN : (after / before - 1) * 100;
  }

  /** Per cent of the family's exports in the period that went to the countries. */
  public double share(String family, YearMonth[] period, List<String> countries) {
    double all = kilograms(family, period[0], period[1]);
    return all == 0 ? Double.NaN : kilograms(family, period[0], period[1], countries) / all * 100;
  }
}
