package dev.assay.server.service;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedPartyDetector;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatcher;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import dev.assay.store.Database;
import dev.assay.store.JdbcDecisionStore;
import dev.assay.store.JdbcLicenseRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one screener of this server, built as {@code assay screen --db} builds its own: the shipped
 * detectors, party screening against the shipped lists, the license check against the database's
 * licenses (drawdowns recorded), the shipped scoring and the capacity-aware lanes. Detectors learn
 * as they screen (exporter profiles, party network) and from recorded inspection outcomes ({@link
 * #learnOutcome}), so calls are serialised: the engine is stateful, and screening takes well under
 * a millisecond.
 */
@Component
public class ScreeningEngine {
  private final Screener screener;
  private final List<Detector> detectors;
  private final ControlList controlList;
  private final PartyScreening partyScreening;

  public ScreeningEngine(Database database) {
    this.controlList = ControlList.bundled();
    this.partyScreening =
        new PartyScreening(
            PartyMatcher.over(ShippedLists.chinese(), MatchSettings.bundled()),
            new JdbcDecisionStore(database));
    List<Detector> all =
        new ArrayList<>(Screener.standardDetectors(() -> controlList, Optional.of(partyScreening)));
    all.add(new RestrictedPartyDetector(partyScreening));
    all.add(new LicenseViolationDetector(new JdbcLicenseRepository(database), true));
    this.detectors = List.copyOf(all);
    this.screener =
        new Screener(
            () -> controlList,
            detectors,
            Scoring.bundled(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new CapacityLanes(SelectionSettings.bundled())));
  }

  public synchronized Assessment screen(Declaration declaration) {
    return screener.screen(declaration);
  }

  /**
   * Tells every detector what an inspection found, as {@code assay evaluate} does for a labelled
   * declaration: the detectors that learn from outcomes (the party network) take it in.
   */
  public synchronized void learnOutcome(Declaration declaration, Outcome outcome) {
    for (Detector detector : detectors) {
      detector.learnOutcome(declaration, outcome);
    }
  }

  public ControlList controlList() {
    return controlList;
  }

  public PartyScreening partyScreening() {
    return partyScreening;
  }
}
