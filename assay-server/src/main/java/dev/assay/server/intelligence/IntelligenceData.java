package dev.assay.server.intelligence;

import dev.assay.controllist.ControlList;
import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.stats.EventResult;
import dev.assay.intelligence.stats.EventStudy;
import dev.assay.intelligence.stats.HubTest;
import dev.assay.intelligence.stats.TradeCube;
import dev.assay.intelligence.stats.TradeStatistics;
import dev.assay.server.service.ScreeningEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The core's trade statistics and event study over the newest stored declarations, for the
 * analyst's intelligence page. At most {@code assay.intelligence.max-rows} rows are read (newest
 * first) and the result is kept for a minute, so a page view costs one bounded scan a minute at
 * most, whatever the traffic.
 */
@Component
public class IntelligenceData {
  static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** Months either side of a measure's effective date, as {@code assay stats events} defaults. */
  static final int WINDOW = 6;

  private final StoredDeclarations declarations;
  private final ScreeningEngine engine;
  private final int maxRows;
  private final Clock clock = Clock.systemUTC();
  private Snapshot snapshot;

  public IntelligenceData(
      StoredDeclarations declarations,
      ScreeningEngine engine,
      @Value("${assay.intelligence.max-rows:200000}") int maxRows) {
    this.declarations = declarations;
    this.engine = engine;
    this.maxRows = maxRows;
  }

  /** One computation's results. */
  public record Snapshot(
      Instant builtAt,
      long rows,
      boolean capped,
      ControlList controlList,
      TradeStatistics statistics,
      List<EventResult> events,
      HubTest test) {}

  public synchronized Snapshot snapshot() {
    Instant now = clock.instant();
    ControlList list = engine.controlList();
    if (snapshot == null
        || snapshot.controlList() != list
        || snapshot.builtAt().plus(MAX_AGE).isBefore(now)) {
      snapshot = build(list, now);
    }
    return snapshot;
  }

  /** Forgets the cached result (a new control list, or a test that added declarations). */
  public synchronized void invalidate() {
    snapshot = null;
  }

  private Snapshot build(ControlList list, Instant now) {
    TradeCube cube = new TradeCube(new MineralClassifier(list, MineralClassifier.Scope.FAMILY));
    long rows = declarations.newest(maxRows, cube::accepted);
    HubTest test = HubTest.DEFAULT;
    List<EventResult> events = new EventStudy(cube, WINDOW, test).run(list);
    return new Snapshot(now, rows, rows >= maxRows, list, new TradeStatistics(cube), events, test);
  }

  public int maxRows() {
    return maxRows;
  }
}
