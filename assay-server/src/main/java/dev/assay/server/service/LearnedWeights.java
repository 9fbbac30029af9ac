package dev.assay.server.service;

import dev.assay.risk.FindingCode;
import dev.assay.risk.evidence.EvidenceKinds;
import dev.assay.risk.evidence.EvidenceWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's learned weights of soft evidence as the API and the weights page show them: the
 * core's own estimates ({@link EvidenceWeights#estimates}, what {@code assay weights} prints:
 * prior, outcomes, posterior mean and credible interval), grouped per finding code × severity with
 * the sub-signals under it, and the analysts' rules apart. No arithmetic of its own.
 *
 * @param credibility the width of the central credible intervals (0.9: from the 5th to the 95th
 *     percentile of the posterior)
 * @param priorStrength how many inspections a prior counts as
 * @param outcomesLearned declarations whose inspection outcome the engine has learned
 * @param certainties the kinds of legal certainty that outcomes reached, with the share of
 *     violations their inspections found: it ranks them, never changes their lane
 */
public record LearnedWeights(
    double credibility,
    double priorStrength,
    int outcomesLearned,
    List<Family> families,
    List<Rule> rules,
    List<Certainty> certainties) {

  /** The interval the API and the page show unless asked otherwise, as {@code assay weights}. */
  public static final double DEFAULT_CREDIBILITY = 0.9;

  /**
   * One finding code × severity: its prior (the shipped weight), the family mean all its
   * sub-signals' outcomes moved it to, and those outcomes together.
   *
   * @param canBeCertain whether the code can be a legal certainty (then, under the conditions of
   *     docs/evidence.md, it sends a declaration RED alone and the weight applies only where it is
   *     soft evidence)
   * @param observedRate the inverse-probability-weighted share of violations among the outcomes,
   *     null without outcomes
   * @param signals the sub-signals (code × severity × signal) the engine has met, each with its own
   *     posterior
   */
  public record Family(
      String key,
      String code,
      String severity,
      boolean canBeCertain,
      double prior,
      double mean,
      double low,
      double high,
      long inspections,
      long randomInspections,
      double effectiveInspections,
      Double observedRate,
      List<Signal> signals) {

    /** Whether any outcome reached it. */
    public boolean learned() {
      return inspections > 0;
    }
  }

  /**
   * A sub-signal: its prior is the family mean, its observed rate the stratified one (targeted
   * inspections as inspected, the untargeted trade at the rate of the random picks).
   *
   * @param signal the sub-signal's name; empty for findings whose evidence names none
   */
  public record Signal(
      String key,
      String signal,
      double prior,
      double mean,
      double low,
      double high,
      long inspections,
      long randomInspections,
      double effectiveInspections,
      Double observedRate) {}

  /**
   * A kind of legal certainty ({@code CODE/SEVERITY[/SIGNAL]}): its prior is the shipped weight,
   * its mean the share of violations its inspections found (every one is inspected).
   */
  public record Certainty(
      String key,
      String kind,
      double prior,
      double mean,
      double low,
      double high,
      long inspections,
      Double observedRate) {}

  /**
   * An analyst rule's weight (its prior: the shipped weight of the code and severity it raises).
   */
  public record Rule(
      String key,
      String rule,
      double prior,
      double mean,
      double low,
      double high,
      long inspections,
      long randomInspections,
      double effectiveInspections,
      Double observedRate) {}

  /**
   * The weights with intervals of the given width.
   *
   * @throws IllegalArgumentException when the credibility is not strictly between 0 and 1
   */
  public static LearnedWeights of(EvidenceWeights weights, double credibility, int learned) {
    if (!(credibility > 0 && credibility < 1)) {
      throw new IllegalArgumentException(
          "a credibility is strictly between 0 and 1, got " + credibility);
    }
    List<Family> families = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    List<Certainty> certainties = new ArrayList<>();
    // The core lists each family's row first, then its sub-signals' rows (a sub-signal without a
    // name has its family's key), then the rules, then the legal certainties.
    String familyKey = null;
    EvidenceWeights.Estimate familyRow = null;
    List<Signal> signals = new ArrayList<>();
    for (EvidenceWeights.Estimate e : weights.estimates(credibility)) {
      if (e.key().startsWith(EvidenceWeights.CERTAIN)) {
        certainties.add(
            new Certainty(
                e.key(),
                e.key().substring(EvidenceWeights.CERTAIN.length()),
                e.priorMean(),
                e.mean(),
                e.low(),
                e.high(),
                e.inspections(),
                rate(e)));
        continue;
      }
      if (e.key().startsWith("rule:")) {
        rules.add(
            new Rule(
                e.key(),
                e.key().substring("rule:".length()),
                e.priorMean(),
                e.mean(),
                e.low(),
                e.high(),
                e.inspections(),
                e.randomInspections(),
                e.effectiveInspections(),
                rate(e)));
        continue;
      }
      String[] parts = e.key().split("/", 3);
      boolean familyRowNow = parts.length == 2 && !e.key().equals(familyKey);
      if (familyRowNow) {
        if (familyRow != null) {
          families.add(family(familyRow, signals));
        }
        familyKey = e.key();
        familyRow = e;
        signals = new ArrayList<>();
      } else {
        signals.add(
            new Signal(
                e.key(),
                parts.length == 3 ? parts[2] : "",
                e.priorMean(),
                e.mean(),
                e.low(),
                e.high(),
                e.inspections(),
                e.randomInspections(),
                e.effectiveInspections(),
                rate(e)));
      }
    }
    if (familyRow != null) {
      families.add(family(familyRow, signals));
    }
    return new LearnedWeights(
        credibility,
        weights.priorStrength(),
        learned,
        List.copyOf(families),
        List.copyOf(rules),
        List.copyOf(certainties));
  }

  private static Family family(EvidenceWeights.Estimate e, List<Signal> signals) {
    String[] parts = e.key().split("/", 2);
    return new Family(
        e.key(),
        parts[0],
        parts[1],
        EvidenceKinds.canBeCertain(FindingCode.valueOf(parts[0])),
        e.priorMean(),
        e.mean(),
        e.low(),
        e.high(),
        e.inspections(),
        e.randomInspections(),
        e.effectiveInspections(),
        rate(e),
        List.copyOf(signals));
  }

  private static Double rate(EvidenceWeights.Estimate e) {
    return Double.isNaN(e.observedRate()) ? null : e.observedRate();
  }

  /** The family of a code and severity. */
  public Family family(String code, String severity) {
    return families.stream()
        .filter(f -> f.code().equals(code) && f.severity().equals(severity))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no family " + code + "/" + severity));
  }
}
