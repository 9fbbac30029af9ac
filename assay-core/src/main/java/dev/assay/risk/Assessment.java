package dev.assay.risk;

import java.util.List;
import java.util.Optional;

/**
 * The screening result of one declaration: its score, its lane and the findings behind them.
 *
 * @param modelVersion the learned ranking model blended into the score, if one was
 */
public record Assessment(
    String declarationId,
    double score,
    Lane lane,
    List<Finding> findings,
    Optional<String> modelVersion) {
  public Assessment {
    findings = List.copyOf(findings);
    modelVersion = modelVersion == null ? Optional.empty() : modelVersion;
  }

  /** An assessment from the rules alone. */
  public Assessment(String declarationId, double score, Lane lane, List<Finding> findings) {
    this(declarationId, score, lane, findings, Optional.empty());
  }
}
