package dev.assay.risk;

import java.util.List;

/** A learned ranking model whose probability of a violation blends into the score. */
public interface RiskModel {
  /** Identifies the trained model in every assessment it scored. */
  String version();

  /** The probability that the declaration is a violation, from 0 to 1. */
  double probability(EnrichedDeclaration declaration, List<Finding> findings);
}
