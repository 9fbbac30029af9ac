package dev.assay.price;

import dev.assay.controllist.Confidence;
import dev.assay.declaration.HsCode;
import java.util.List;

/**
 * The usual unit value of ordinary goods under one code, USD per kg of net weight.
 *
 * @param coverFor the mineral families smugglers pass off under the code
 * @param namedBy words (normalised) that name these goods in a description, for a code that also
 *     carries other honest goods at another price; empty for the code's default goods
 */
public record GoodsValue(
    HsCode hsCode,
    String description,
    List<String> coverFor,
    double usdPerKgLow,
    double usdPerKgHigh,
    String source,
    String asOf,
    Confidence confidence,
    List<String> namedBy) {

  public GoodsValue {
    coverFor = List.copyOf(coverFor);
    namedBy = List.copyOf(namedBy);
    if (!(usdPerKgLow > 0) || usdPerKgHigh < usdPerKgLow) {
      throw new IllegalArgumentException("value band of " + hsCode + " must be 0 < low <= high");
    }
  }

  /** Whether a normalised description names these goods. */
  public boolean namedIn(String normalizedDescription) {
    return namedBy.stream().anyMatch(normalizedDescription::contains);
  }

  public double mid() {
    return (usdPerKgLow + usdPerKgHigh) / 2;
  }
}
