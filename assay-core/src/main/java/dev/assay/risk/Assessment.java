package dev.assay.risk;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The screening result of one declaration: its score, its lane and the findings behind them, with
 * what each finding (and the ranking model, where one scored it) contributed to the score and why
 * the declaration went to its lane. It explains itself: the contributions add up to the score.
 *
 * @param contributions one per finding, in the findings' order
 * @param model what the ranking model said, where one was used
 * @param selection why the lane, where a lane policy chose it (otherwise the score's thresholds)
 */
public record Assessment(
    String declarationId,
    double score,
    Lane lane,
    List<Finding> findings,
    List<Double> contributions,
    Optional<ModelScore> model,
    Optional<Selection> selection) {

  public Assessment {
    findings = List.copyOf(findings);
    contributions = List.copyOf(contributions);
    if (contributions.size() != findings.size()) {
      throw new IllegalArgumentException(
          "one contribution per finding: "
              + findings.size()
              + " findings, "
              + contributions.size()
              + " contributions");
    }
    model = model == null ? Optional.empty() : model;
    selection = selection == null ? Optional.empty() : selection;
  }

  /** An assessment without recorded contributions (each counted as 0), model or selection. */
  public Assessment(String declarationId, double score, Lane lane, List<Finding> findings) {
    this(
        declarationId,
        score,
        lane,
        findings,
        Collections.nCopies(findings.size(), 0.0),
        Optional.empty(),
        Optional.empty());
  }

  /** The part of the score that finding number {@code index} contributed. */
  public double contribution(int index) {
    return contributions.get(index);
  }

  /** Why the lane: the policy's reason, or {@link Selection.Reason#SCORE} without a policy. */
  public Selection.Reason laneReason() {
    return selection.map(Selection::reason).orElse(Selection.Reason.SCORE);
  }
}
