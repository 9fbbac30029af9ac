package dev.assay.evaluation;

import dev.assay.risk.FindingCode;
import java.util.List;
import java.util.Map;

/**
 * What screening finds on labelled declarations when the highest scores are inspected.
 *
 * @param declarations labelled declarations evaluated
 * @param unlabelled declarations screened without a label, left out of every metric
 * @param violations labelled violations among them
 * @param violatingValueUsd declared value of the violations, the denominator of the value shares
 * @param atRates the metrics at each inspection rate of {@link RankingEvaluation#RATES}
 * @param detectors per finding code that fired at least once
 * @param cleanRedByScore share of clean declarations sent RED by score (random picks excluded)
 * @param randomRed share of all declarations sent RED by a random pick
 */
public record EvaluationReport(
    long declarations,
    long unlabelled,
    long violations,
    double violatingValueUsd,
    List<AtRate> atRates,
    List<DetectorStats> detectors,
    double cleanRedByScore,
    double randomRed) {

  /**
   * Inspecting the top {@code rate} of declarations by score.
   *
   * @param inspected how many declarations that is
   * @param found violations among them
   * @param seizedValueShare declared value of the violations found over that of all violations
   * @param lowestScore the score of the last declaration inspected
   */
  public record AtRate(
      double rate,
      long inspected,
      long found,
      double precision,
      double recall,
      double seizedValueShare,
      double lowestScore,
      Map<String, TypologyAtRate> byTypology) {}

  /** One typology at one inspection rate. */
  public record TypologyAtRate(
      long violations, long found, double recall, double seizedValueShare) {}

  /**
   * How one detector (finding code) did.
   *
   * @param fired declarations with at least one finding of this code
   * @param hitRate their share of all declarations
   * @param precision share of them that were violations
   * @param recall share of all violations it fired on
   */
  public record DetectorStats(
      FindingCode code, long fired, double hitRate, double precision, double recall) {}
}
