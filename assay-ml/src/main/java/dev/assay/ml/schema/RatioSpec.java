package dev.assay.ml.schema;

/**
 * A ratio of two numeric columns (value per kilogram, value per unit) and, optionally, the category
 * within which an unusual ratio stands out (the HS heading).
 *
 * @param within a categorical key ({@code column} or {@code column:level}), or null
 */
public record RatioSpec(String name, String numerator, String denominator, String within) {}
