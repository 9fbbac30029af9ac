package dev.assay.simulator.reference;

import dev.assay.declaration.HsCode;

/**
 * What smugglers declare a controlled mineral as: an uncontrolled lookalike code and description.
 *
 * @param namesMineral whether the description still names the real mineral or its symbol, so that a
 *     keyword rule could catch it
 */
public record CoverGoods(
    String family, HsCode hsCode, String description, boolean namesMineral, Sourced sourced) {}
