package dev.assay.declaration;

import java.util.Optional;

/** One goods line of a declaration, with the license it cites if any. */
public record GoodsLine(
    int lineNo,
    HsCode hsCode,
    String description,
    double quantity,
    String unit,
    double netWeightKg,
    double valueUsd,
    Optional<String> licenseNo) {

  public GoodsLine {
    description = description == null ? "" : description;
    unit = unit == null ? "" : unit;
    licenseNo = licenseNo == null ? Optional.empty() : licenseNo;
  }

  /** Declared value per kilogram of net weight, or NaN where the weight is unknown. */
  public double valuePerKg() {
    return netWeightKg > 0 ? valueUsd / netWeightKg : Double.NaN;
  }
}
