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
    this.enricher = new Enricher(controlList);
    this.detectors = List.copyOf(detectors);
    this.scoring = scoring;
    this.asOfOverride = asOfOverride;
  }

  /** A screener with the control-list detectors and the shipped scoring. */
  public static Screener standard(ControlList controlList, Optional<LocalDate> asOfOverride) {
    return new Screener(
        controlList, standardDetectors(controlList), Scoring.bundled(), asOfOverride);
  }

  /** The detectors that ship with Assay, in the order their findings are reported. */
  public static List<Detector> standardDetectors(ControlList controlList) {
    return standardDetectors(() -> controlList);
  }

  /** The shipped detectors, reading the control list in force through a supplier. */
  public static List<Detector> standardDetectors(Supplier<ControlList> controlList) {
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
    declaration
        .label()
        .ifPresent(
            label -> {
              for (Detector detector : detectors) {
                detector.learnOutcome(declaration, label.outcome());
              }
            });
    return new Assessment(declaration.id(), score, scoring.lane(score), findings);
  }

  public Scoring scoring() {
    return scoring;
  }
}
