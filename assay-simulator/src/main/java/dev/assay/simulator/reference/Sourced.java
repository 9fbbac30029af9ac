package dev.assay.simulator.reference;

/**
 * Where a reference value comes from: a source key of the fact base (section 9 of
 * minerals-facts.md), {@code ASSUMPTION} for a modelling assumption, or a derivation; and how sure
 * it is ({@code confirmed}, {@code likely}, {@code unsure}).
 */
public record Sourced(String source, String confidence) {}
