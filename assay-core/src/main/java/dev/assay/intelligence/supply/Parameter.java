package dev.assay.intelligence.supply;

/** One parameter of the disruption estimate with its sensitivity range, source and confidence. */
public record Parameter(
    String name,
    double value,
    double low,
    double high,
    String unit,
    String source,
    String confidence,
    String note) {

  public Parameter with(double newValue) {
    return new Parameter(name, newValue, low, high, unit, source, confidence, note);
  }
}
