/**
 * The two kinds of evidence a finding can be: a legal certainty, which decides the lane on its own
 * with its basis, or soft evidence, whose weight is a probability learned from the inspections that
 * followed it (docs/evidence.md).
 */
package dev.assay.risk.evidence;
