package dev.assay.risk;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
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

  /**
   * Learns the inspection outcome of a declaration screened before. Called after {@link #inspect}
   * of that declaration, so nothing a detector learns here can reach back into its own assessment;
   * detectors that learn from outcomes (past violators, their networks) override it.
   */
  default void learnOutcome(Declaration declaration, Outcome outcome) {}
}
