package dev.assay.risk;

import java.util.function.Consumer;

/**
 * One check that can raise findings about a declaration. Detectors are the extension point of the
 * risk engine: party screening, license checks and the evasion detectors each plug in as one.
 * Implementations must be thread-safe and must not block.
 */
public interface Detector {

  /** The finding code this detector raises. */
  FindingCode code();

  /** Looks at one declaration and reports what it finds. */
  void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings);
}
