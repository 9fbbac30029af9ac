package dev.assay.intelligence.extraterritorial;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;

/**
 * One component of a foreign-made item's bill of materials.
 *
 * @param technology the PRC rare-earth technology the component was made with (MINING, SEPARATION,
 *     SMELTING, MAGNET, RECYCLING), or null
 */
public record BomLine(
    int lineNo,
    String component,
    HsCode hsCode,
    String description,
    CountryCode origin,
    double valueUsd,
    String technology) {}
