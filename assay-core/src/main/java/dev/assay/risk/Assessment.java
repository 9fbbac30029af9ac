package dev.assay.risk;

import java.util.List;

/** The screening result of one declaration: its score, its lane and the findings behind them. */
public record Assessment(String declarationId, double score, Lane lane, List<Finding> findings) {
  public Assessment {
    findings = List.copyOf(findings);
  }
}
