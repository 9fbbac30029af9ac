package dev.assay.simulator.smuggling;

import dev.assay.declaration.Declaration;
import dev.assay.simulator.GroundTruth;

/** A declaration made by a smuggling typology, with what really happened. */
public record Injected(Declaration declaration, GroundTruth truth) {}
