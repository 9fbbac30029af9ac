package dev.assay.price;

import dev.assay.controllist.Confidence;
import dev.assay.declaration.HsCode;
import java.util.List;

/**
 * The usual unit value of ordinary goods under one code, USD per kg of net weight.
 *
 * @param coverFor the mineral families smugglers pass off under the code
 */
public record GoodsValue(
    HsCode hsCode,
    String description,
    List<String> coverFor,
    double usdPerKgLow,
    double usdPerKgHigh,
    String source,
    String asOf,
    Confidence confidence) {

  public GoodsValue {
    coverFor = List.copyOf(coverFor);
    if (!(usdPerKgLow > 0) || usdPerKgHigh < usdPerKgLow) {
      throw new IllegalArgumentException("value band of " + hsCode + " must be 0 < low <= high");
    }
  }

  public double mid() {
    return (usdPerKgLow + usdPerKgHigh) / 2;
  }
}
