package dev.assay.simulator.reference;

import dev.assay.declaration.HsCode;

/**
 * An ordinary (uncontrolled) export product: its code and names, how it is counted and packed, the
 * band of its unit value and of the size of one goods line, and how common it is.
 *
 * @param kgPerUnit net kilograms per unit of quantity (1 for goods counted in kg)
 * @param weight relative share of goods lines of ordinary trade
 * @param industry the kind of exporter that makes it
 * @param lookalikeOf the mineral family that smugglers hide under this product, or empty
 */
public record Product(
    HsCode hsCode,
    String descriptionEn,
    String descriptionZh,
    String unit,
    double kgPerUnit,
    double usdPerKgLow,
    double usdPerKgHigh,
    double lotKgLow,
    double lotKgHigh,
    Packing packing,
    double weight,
    String industry,
    String lookalikeOf,
    Sourced sourced) {

  public boolean countedInKg() {
    return unit.equals("KG");
  }
}
