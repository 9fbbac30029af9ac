package dev.assay.ml.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report of values a model's history never saw, most frequent key first. */
public final class UnseenValues {
  private UnseenValues() {}

  /** "tariff_code:6 1,204 rows, importer_id 37 rows": by count, largest first, then by name. */
  public static String describe(Map<String, Long> unseen) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(unseen.entrySet());
    entries.sort(
        Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Long> e : entries) {
      parts.add(String.format(Locale.ROOT, "%s %,d rows", e.getKey(), e.getValue()));
    }
    return String.join(", ", parts);
  }
}
