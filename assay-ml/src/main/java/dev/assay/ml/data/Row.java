package dev.assay.ml.data;

/**
 * One row of a dataset, its columns grouped by role in the order the schema lists them.
 *
 * @param day the declaration date as days since 1970-01-01
 * @param label 1 violation, 0 clean, -1 not inspected
 * @param value revenue or value recovered, NaN where the schema has none or it is empty
 * @param numbers NaN where missing
 * @param categories null where missing
 */
public record Row(
    long line,
    String id,
    int day,
    int label,
    double value,
    String[] categories,
    double[] numbers,
    String[] texts) {

  public boolean labelled() {
    return label >= 0;
  }
}
