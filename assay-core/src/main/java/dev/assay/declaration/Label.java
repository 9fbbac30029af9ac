package dev.assay.declaration;

import java.util.Optional;

/**
 * The known outcome of a declaration in labelled data, with the evasion typology where it was a
 * violation. Used by training and evaluation; screening ignores it.
 */
public record Label(Outcome outcome, Optional<String> typology) {}
