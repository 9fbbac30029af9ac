package dev.assay.evaluation;

import dev.assay.risk.Lane;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What changes between configurations A and B over the same declarations.
 *
 * @param labelled declarations with a label (violations found are counted only where labels exist)
 * @param newlyRed declarations B sends RED that A does not
 * @param cleared declarations A sends RED that B does not
 * @param newlyRedListed the first of them, in input order, up to the backtest's limit
 * @param clearedListed likewise
 */
public record BacktestReport(
    long declarations,
    long labelled,
    long newlyRed,
    long cleared,
    List<Backtest.Change> newlyRedListed,
    List<Backtest.Change> clearedListed,
    Load a,
    Load b) {

  /**
   * Lane loads and expected yield under one configuration.
   *
   * @param flagged declarations with at least one finding
   * @param violationsFound labelled violations sent RED, absent without labels
   * @param redScoreSum sum of the scores of the declarations sent RED: the expected number of
   *     violations found where the scores are calibrated probabilities, the yield without labels
   */
  public record Load(
      Map<Lane, Long> lanes,
      Map<String, Map<Lane, Long>> offices,
      long flagged,
      OptionalLong violationsFound,
      double redScoreSum) {
    public long inLane(Lane lane) {
      return lanes.getOrDefault(lane, 0L);
    }
  }
}
