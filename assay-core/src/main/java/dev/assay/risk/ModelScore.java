package dev.assay.risk;

/**
 * What the ranking model said about one declaration, kept in its assessment so the score can be
 * traced to the model version that produced it.
 *
 * @param probability the model's probability of a violation, 0 to 1
 * @param contribution the part of the score that comes from the model (its blend weight times the
 *     probability)
 */
public record ModelScore(String version, double probability, double contribution) {}
