package dev.assay.store;

import dev.assay.controllist.ControlList;
import dev.assay.license.LicenseRepository;
import dev.assay.risk.Detector;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.risk.evidence.EvidenceWeights;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleDetector;
import dev.assay.rules.RuleFailure;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedPartyDetector;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatcher;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The screening a database-backed server runs: the shipped detectors, party screening against the
 * shipped lists with the decisions stored in the database, the license check against the database's
 * licenses (drawdowns recorded), the shipped scoring with soft evidence weighed by weights learned
 * from the outcomes the caller teaches ({@link Screener#learnOutcome}, starting at the shipped
 * priors) and the capacity-aware lanes. One place that builds it, so the web application and the
 * benchmark that compares it with HTTP screening run the same engine.
 */
public final class DatabaseScreening {
  private DatabaseScreening() {}

  /** The screener and its parts that callers need beside it. */
  public record Built(
      Screener screener,
      List<Detector> detectors,
      ControlList controlList,
      PartyScreening partyScreening) {}

  public static Built build(Database database) {
    ControlList bundled = ControlList.bundled();
    return build(database, () -> bundled);
  }

  /**
   * As {@link #build(Database)}, with the control list read from a supplier at each use, so that a
   * caller can put a newly approved announcement in force without rebuilding the detectors (and
   * losing what they learned). {@link Built#controlList()} is the list in force at build time.
   */
  public static Built build(Database database, Supplier<ControlList> controlList) {
    return build(database, controlList, new JdbcLicenseRepository(database));
  }

  /**
   * As {@link #build(Database, Supplier)}, drawing on the licenses of the given repository (the
   * server wraps the database's so that rebuilding its engine's memory at startup checks lines
   * against their licenses without drawing on them again).
   */
  public static Built build(
      Database database, Supplier<ControlList> controlList, LicenseRepository licenses) {
    return build(database, controlList, licenses, Optional.empty(), failure -> {});
  }

  /**
   * As {@link #build(Database, Supplier, LicenseRepository)}, with the analysts' rules (CEL) read
   * from a supplier at each declaration, so that a rule activated or deactivated in the running
   * server takes effect from the next declaration while the rule detector keeps the history it
   * learned.
   *
   * @param failures told of the first evaluation failure of each rule
   */
  public static Built build(
      Database database,
      Supplier<ControlList> controlList,
      LicenseRepository licenses,
      Optional<Supplier<RuleBook>> rules,
      Consumer<RuleFailure> failures) {
    PartyScreening partyScreening =
        new PartyScreening(
            PartyMatcher.over(ShippedLists.chinese(), MatchSettings.bundled()),
            new JdbcDecisionStore(database));
    List<Detector> all =
        new ArrayList<>(Screener.standardDetectors(controlList, Optional.of(partyScreening)));
    all.add(new RestrictedPartyDetector(partyScreening));
    all.add(new LicenseViolationDetector(licenses, true));
    rules.ifPresent(book -> all.add(new RuleDetector(book, failures)));
    List<Detector> detectors = List.copyOf(all);
    Scoring scoring = Scoring.bundled();
    // Soft evidence weighs what the recorded inspection outcomes taught (docs/evidence.md); with
    // no outcome yet every weight is the shipped one, so a new server scores as assay screen does.
    Screener screener =
        new Screener(
                controlList,
                detectors,
                scoring,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new CapacityLanes(SelectionSettings.bundled())))
            .withEvidenceWeights(EvidenceWeights.prior(scoring));
    return new Built(screener, detectors, controlList.get(), partyScreening);
  }
}
