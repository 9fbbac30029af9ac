package dev.assay.simulator.population;

import dev.assay.simulator.reference.TransshipmentRoute;

/**
 * A front company in a hub country and the real customer behind it (its affiliate, with the same
 * brand) in the restricted destination: the pattern of Thai Unipet and Youngsun &amp; Essen (fact
 * base 4.2).
 */
public record Front(OverseasParty front, OverseasParty affiliate, TransshipmentRoute route) {}
