package dev.assay.ml.schema;

import java.util.List;
import java.util.Set;

/**
 * One column of a dataset and its role.
 *
 * @param hierarchy for a categorical code, the prefix lengths that are categories of their own (an
 *     HS code at 2, 4, 6 digits); empty for none
 * @param positive for the label, the values that mean a violation (compared ignoring case)
 * @param negative for the label, the values that mean the inspection found nothing
 * @param dateFormat for the date, a {@link java.time.format.DateTimeFormatter} pattern; null for
 *     ISO (yyyy-MM-dd)
 * @param pad for a categorical or id column, the width to which a digits-only value is padded with
 *     leading zeros (codes that lost them in a spreadsheet: 301 becomes 0301 with pad 4); 0 for
 *     none
 * @param product for a value column that the CSV lacks, the numeric columns whose product it is
 *     (duty = value times rate); empty when the column is read as it is
 */
public record ColumnSpec(
    String name,
    ColumnRole role,
    List<Integer> hierarchy,
    Set<String> positive,
    Set<String> negative,
    String dateFormat,
    int pad,
    List<String> product) {
  public ColumnSpec {
    hierarchy = List.copyOf(hierarchy);
    positive = Set.copyOf(positive);
    negative = Set.copyOf(negative);
    product = List.copyOf(product);
  }

  public ColumnSpec(
      String name,
      ColumnRole role,
      List<Integer> hierarchy,
      Set<String> positive,
      Set<String> negative,
      String dateFormat) {
    this(name, role, hierarchy, positive, negative, dateFormat, 0, List.of());
  }

  /** Whether the column is computed from others rather than read from the CSV. */
  public boolean derived() {
    return !product.isEmpty();
  }

  /** The value with its leading zeros restored where {@code pad} says so. */
  public String padded(String value) {
    if (pad <= 0 || value == null || value.length() >= pad) {
      return value;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return value;
      }
    }
    return "0".repeat(pad - value.length()) + value;
  }
}
