package dev.assay.screening.evaluation;

/** The confusion counts of one error class in one part (tune or held-out) of the class set. */
public record ClassCounts(String category, String part, Counts counts) {}
