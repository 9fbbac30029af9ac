package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.risk.detector.ConcealmentDetector;
import dev.assay.risk.detector.MisdeclaredGoodsDetector;
import dev.assay.risk.detector.ProhibitedExportDetector;
import dev.assay.risk.detector.UnlicensedControlledExportDetector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  public Screener(
      ControlList controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride) {
    this(controlList, detectors, scoring, asOfOverride, Optional.empty());
  }

  /** A screener whose score also blends in the probability of a learned ranking model. */
  public Screener(
      ControlList controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride,
      Optional<RiskModel> model) {
    this.enricher = new Enricher(controlList);
    this.detectors = List.copyOf(detectors);
    this.scoring = scoring;
    this.asOfOverride = asOfOverride;
    this.model = model;
  }

  /** A screener with the control-list detectors and the shipped scoring. */
  public static Screener standard(ControlList controlList, Optional<LocalDate> asOfOverride) {
    return new Screener(
        controlList, standardDetectors(controlList), Scoring.bundled(), asOfOverride);
  }

  /** The detectors that ship with Assay, in the order their findings are reported. */
  public static List<Detector> standardDetectors(ControlList controlList) {
    return List.of(
        new ProhibitedExportDetector(),
        new UnlicensedControlledExportDetector(),
        MisdeclaredGoodsDetector.bundled(controlList),
        new ConcealmentDetector());
  }

  public Assessment screen(Declaration declaration) {
    LocalDate asOf = asOfOverride.orElse(declaration.declaredAt());
    EnrichedDeclaration enriched = enricher.enrich(declaration, asOf);
    List<Finding> findings = new ArrayList<>(2);
    for (Detector detector : detectors) {
      detector.inspect(enriched, findings::add);
    }
    double score = scoring.score(findings);
    if (model.isPresent()) {
      score = scoring.blend(score, model.get().probability(enriched, findings));
    }
    declaration
        .label()
        .ifPresent(
            label -> {
              for (Detector detector : detectors) {
                detector.learnOutcome(declaration, label.outcome());
              }
            });
    return new Assessment(
        declaration.id(), score, scoring.lane(score), findings, model.map(RiskModel::version));
  }

  public Scoring scoring() {
    return scoring;
  }
}
