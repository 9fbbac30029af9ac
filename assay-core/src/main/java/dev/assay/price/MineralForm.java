package dev.assay.price;

import dev.assay.controllist.Confidence;
import dev.assay.declaration.HsCode;
import java.util.List;

/**
 * A traded form of a mineral family (antimony ingots, Dy oxide, GaAs wafers) and its price as a
 * multiple of the family's reference price.
 *
 * @param contains the control list's minerals the form carries, so that a lookalike code's minerals
 *     find it
 */
public record MineralForm(
    String family,
    String key,
    HsCode hsCode,
    List<String> contains,
    String description,
    double priceFactor,
    String source,
    String asOf,
    Confidence confidence) {

  public MineralForm {
    contains = List.copyOf(contains);
    if (!(priceFactor > 0)) {
      throw new IllegalArgumentException("price factor of " + key + " must be positive");
    }
  }

  /** Whether the form carries a mineral as the control list or the lookalike lexicon names it. */
  public boolean carries(String mineral) {
    return family.equals(mineral) || contains.contains(mineral);
  }
}
