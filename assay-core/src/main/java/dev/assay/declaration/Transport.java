package dev.assay.declaration;

/** The conveyance of a declaration and its packing at the whole-declaration level. */
public record Transport(TransportMode mode, int containerCount, double grossWeightKg) {}
