/**
 * What the risk engine learns from the declarations it has seen, in one pass and never from later
 * ones: robust bands of ordinary values per goods heading, against which a declaration is judged.
 */
package dev.assay.risk.profile;
