package dev.assay.simulator.reference;

import dev.assay.declaration.HsCode;
import dev.assay.declaration.TransportMode;

/**
 * A product of a strategic-mineral family as the legitimate trade ships it. Whether it needs a
 * license on a date is not stored here: the simulator asks the control list.
 *
 * @param priceFactor the product's price as a multiple of the family's reference price
 * @param share the product's share of the family's shipments
 */
public record MineralProduct(
    String family,
    String key,
    HsCode hsCode,
    String descriptionEn,
    String descriptionZh,
    String unit,
    double priceFactor,
    double lotKgLow,
    double lotKgHigh,
    TransportMode transport,
    double share,
    Sourced sourced) {}
