package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.risk.detector.ConcealmentDetector;
import dev.assay.risk.detector.MisdeclaredGoodsDetector;
import dev.assay.risk.detector.NetworkRiskDetector;
import dev.assay.risk.detector.ProfileAnomalyDetector;
import dev.assay.risk.detector.ProhibitedExportDetector;
import dev.assay.risk.detector.TransshipmentRiskDetector;
import dev.assay.risk.detector.UnlicensedControlledExportDetector;
import dev.assay.risk.detector.ValueAnomalyDetector;
import dev.assay.risk.network.PartyKeys;
import dev.assay.screening.PartyScreening;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Screens declarations: enriches each one, runs every detector on it, and scores the findings into
 * an assessment. Thread-safe when its detectors are.
 */
public final class Screener {
  private final Enricher enricher;
  private final List<Detector> detectors;
  private final Scoring scoring;
  private final Optional<LocalDate> asOfOverride;
  private final Optional<RiskModel> model;
  private final Optional<LanePolicy> lanePolicy;

  public Screener(
      ControlList controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride) {
    this(() -> controlList, detectors, scoring, asOfOverride);
  }

  /**
   * A screener that reads the control list in force through a supplier on every declaration, so
   * that a reloaded list takes effect without a new screener: what the detectors have learned is
   * kept.
   */
  public Screener(
      Supplier<ControlList> controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride) {
    this(controlList, detectors, scoring, asOfOverride, Optional.empty(), Optional.empty());
  }

  public Screener(
      ControlList controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride,
      Optional<RiskModel> model,
      Optional<LanePolicy> lanePolicy) {
    this(() -> controlList, detectors, scoring, asOfOverride, model, lanePolicy);
  }

  /**
   * @param model a ranking model whose probability blends into the score, by the scoring's model
   *     weight
   * @param lanePolicy decides lanes within capacity and picks at random; without one the score's
   *     thresholds decide
   */
  public Screener(
      Supplier<ControlList> controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride,
      Optional<RiskModel> model,
      Optional<LanePolicy> lanePolicy) {
    this.enricher = new Enricher(controlList);
    this.detectors = List.copyOf(detectors);
    this.scoring = scoring;
    this.asOfOverride = asOfOverride;
    this.model = model;
    this.lanePolicy = lanePolicy;
  }

  /** A screener with the control-list detectors and the shipped scoring. */
  public static Screener standard(ControlList controlList, Optional<LocalDate> asOfOverride) {
    return new Screener(
        controlList, standardDetectors(controlList), Scoring.bundled(), asOfOverride);
  }

  /**
   * The detectors that ship with Assay, in the order their findings are reported; the party network
   * learns from inspection outcomes only (no restricted-party lists).
   */
  public static List<Detector> standardDetectors(ControlList controlList) {
    return standardDetectors(() -> controlList, Optional.empty());
  }

  /** The shipped detectors, reading the control list in force through a supplier. */
  public static List<Detector> standardDetectors(Supplier<ControlList> controlList) {
    return standardDetectors(controlList, Optional.empty());
  }

  public static List<Detector> standardDetectors(
      ControlList controlList, Optional<PartyScreening> screening) {
    return standardDetectors(() -> controlList, screening);
  }

  /**
   * The detectors that ship with Assay, the party network seeded with the restricted parties of the
   * given screening (each overseas party is screened once, when first seen). MISDECLARED_GOODS
   * follows a reloaded control list; the profile and transshipment detectors keep the list they
   * started with for the dates and minerals of its measures.
   */
  public static List<Detector> standardDetectors(
      Supplier<ControlList> controlList, Optional<PartyScreening> screening) {
    PartyKeys keys = PartyKeys.standard();
    ControlList atStart = controlList.get();
    return List.of(
        new ProhibitedExportDetector(),
        new UnlicensedControlledExportDetector(),
        MisdeclaredGoodsDetector.bundled(controlList),
        new ConcealmentDetector(),
        ValueAnomalyDetector.bundled(),
        ProfileAnomalyDetector.bundled(atStart),
        new TransshipmentRiskDetector(atStart, keys, MineralLexicon.bundled()),
        new NetworkRiskDetector(keys, screening));
  }

  public Assessment screen(Declaration declaration) {
    LocalDate asOf = asOfOverride.orElse(declaration.declaredAt());
    EnrichedDeclaration enriched = enricher.enrich(declaration, asOf);
    List<Finding> findings = new ArrayList<>(2);
    for (Detector detector : detectors) {
      detector.inspect(enriched, findings::add);
    }
    Scoring.ScoreBreakdown breakdown;
    Optional<ModelScore> modelScore = Optional.empty();
    if (model.isPresent()) {
      RiskModel m = model.get();
      double p = m.probability(enriched, findings);
      breakdown = scoring.explain(findings, p);
      modelScore = Optional.of(new ModelScore(m.version(), p, breakdown.modelContribution()));
    } else {
      breakdown = scoring.explain(findings);
    }
    double score = breakdown.score();
    Lane scoreLane = scoring.lane(score);
    Optional<Selection> selection =
        lanePolicy.map(policy -> policy.select(declaration, score, scoreLane));
    declaration
        .label()
        .ifPresent(
            label -> {
              for (Detector detector : detectors) {
                detector.learnOutcome(declaration, label.outcome());
              }
            });
    List<Double> contributions = new ArrayList<>(findings.size());
    for (double c : breakdown.findingContributions()) {
      contributions.add(c);
    }
    return new Assessment(
        declaration.id(),
        score,
        selection.map(Selection::lane).orElse(scoreLane),
        findings,
        contributions,
        modelScore,
        selection);
  }

  public Scoring scoring() {
    return scoring;
  }
}
