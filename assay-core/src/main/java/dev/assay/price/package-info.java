/**
 * Reference prices as data: the dated market prices of the controlled mineral families, the price
 * of each traded form relative to its family, and the usual unit values of the ordinary goods that
 * smugglers use as cover. Every entry carries its source, date and confidence.
 */
package dev.assay.price;
