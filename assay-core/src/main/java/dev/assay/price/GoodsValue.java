package dev.assay.price;

import dev.assay.controllist.Confidence;
import dev.assay.declaration.HsCode;

/** The usual unit value of ordinary goods under one code, USD per kg of net weight. */
public record GoodsValue(
    HsCode hsCode,
    String description,
    double usdPerKgLow,
    double usdPerKgHigh,
    String source,
    String asOf,
    Confidence confidence) {

  public GoodsValue {
    if (!(usdPerKgLow > 0) || usdPerKgHigh < usdPerKgLow) {
      throw new IllegalArgumentException("value band of " + hsCode + " must be 0 < low <= high");
    }
  }

  public double mid() {
    return (usdPerKgLow + usdPerKgHigh) / 2;
  }
}
