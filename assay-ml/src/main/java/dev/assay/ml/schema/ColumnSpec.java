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
 */
public record ColumnSpec(
    String name,
    ColumnRole role,
    List<Integer> hierarchy,
    Set<String> positive,
    Set<String> negative,
    String dateFormat) {
  public ColumnSpec {
    hierarchy = List.copyOf(hierarchy);
    positive = Set.copyOf(positive);
    negative = Set.copyOf(negative);
  }
}
