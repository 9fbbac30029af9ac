package dev.assay.server.service;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.Format;
import dev.assay.store.DatabaseScreening.Built;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the engine's memory after a restart. The detectors learn as they screen (exporter
 * profiles, value bands, the party network, parcel series, lanes within each office's capacity) and
 * from recorded inspection outcomes; none of that is stored as such, only the declarations and the
 * outcomes are. So at startup the stored declarations are screened again in the order the engine
 * first saw them (screened_at), with each recorded outcome taught at the moment it was recorded
 * (outcome_at) between them, exactly as {@link CaseService} teaches it live (through the screener's
 * learnOutcome, with the random pick read from the stored assessment), so the learned weights of
 * soft evidence end as they were before the restart. Nothing is written: no assessment is stored
 * again and no license is drawn on again (the engine only checks them while replaying).
 *
 * <p>Bounded: at most the {@code max} most recent declarations are replayed (older ones are skipped
 * with a warning), read through one streaming query, and the count and time are logged. Every
 * recorded outcome is taught again, but an outcome of a skipped declaration reaches only the
 * detectors: the weights learn against the soft evidence of a declaration the screener screened, so
 * such outcomes are counted and logged as not weighed.
 */
final class EngineReplay {
  private static final Logger LOG = LoggerFactory.getLogger(EngineReplay.class);

  /** About a minute of replay on a small machine; older history matters less to the profiles. */
  static final int DEFAULT_MAX = 200_000;

  private final DataSource dataSource;
  private final int max;

  EngineReplay(DataSource dataSource, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("assay.engine.replay-max is 0 or more, got " + max);
    }
    this.dataSource = dataSource;
    this.max = max;
  }

  /**
   * A recorded outcome, with whether the server's assessment was a random pick and when the
   * declaration was screened (to tell whether it lies in the replayed window).
   */
  private record StoredOutcome(
      OffsetDateTime at,
      Declaration declaration,
      String outcome,
      boolean wasRandom,
      java.util.OptionalDouble randomRedProbability,
      OffsetDateTime screenedAt) {}

  /**
   * What a replay did, for the log and for tests.
   *
   * @param outcomesBeyondWindow outcomes of declarations older than the replayed window: the
   *     detectors learn them, the weights cannot (the soft evidence they were learned against is
   *     what the screener remembers of the declarations it screened)
   */
  record Replayed(
      int declarations, int outcomes, int skipped, int outcomesBeyondWindow, long millis) {}

  /** Replays into the engine; the caller holds the engine's lock. */
  Replayed replay(ScreeningEngine engine, Built built) {
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // A read-only transaction: PostgreSQL streams a result with a fetch size only inside one.
      c.setAutoCommit(false);
      try {
        Replayed r = replay(c, engine, built, started);
        c.commit();
        if (r.declarations() + r.outcomes() > 0) {
          LOG.info(
              "screening engine rebuilt from the database: {} declarations and {} inspection"
                  + " outcomes replayed in {} ms",
              r.declarations(),
              r.outcomes(),
              r.millis());
        }
        if (r.skipped() > 0) {
          LOG.warn(
              "{} older declarations were not replayed (assay.engine.replay-max={}): the"
                  + " detectors remember the most recent ones only",
              r.skipped(),
              max);
        }
        if (r.outcomesBeyondWindow() > 0) {
          LOG.warn(
              "{} inspection outcomes belong to declarations older than the replayed ones"
                  + " (assay.engine.replay-max={}): the detectors learned them again, the learned"
                  + " weights did not",
              r.outcomesBeyondWindow(),
              max);
        }
        return r;
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("replaying the stored declarations failed", e);
    }
  }

  private Replayed replay(Connection c, ScreeningEngine engine, Built built, long started)
      throws SQLException {
    long total = count(c);
    int skipped = (int) Math.max(0, total - max);
    Deque<StoredOutcome> outcomes = outcomes(c);
    int outcomeCount = 0;
    int beyondWindow = 0;
    int declarations = 0;
    OffsetDateTime first = null;
    OffsetDateTime last = null;
    if (total > 0 && max > 0) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT declaration, screened_at FROM assessment ORDER BY screened_at,"
                  + " declaration_id OFFSET ? ROWS")) {
        s.setLong(1, skipped);
        s.setFetchSize(500);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
            // An outcome recorded before this declaration was screened was known to the engine
            // when it screened it.
            while (!outcomes.isEmpty() && outcomes.peekFirst().at().isBefore(at)) {
              beyondWindow += teach(engine, built, outcomes.pollFirst(), first);
              outcomeCount++;
            }
            engine.replay(built, declaration(rows.getString(1)));
            declarations++;
            first = first == null ? at : first;
            last = at;
          }
        }
      }
    }
    while (!outcomes.isEmpty()) {
      beyondWindow += teach(engine, built, outcomes.pollFirst(), first);
      outcomeCount++;
    }
    engine.stampedAfter(last);
    return new Replayed(
        declarations,
        outcomeCount,
        skipped,
        skipped > 0 ? beyondWindow : 0,
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Teaches one recorded outcome through the engine's live path (the screener's learnOutcome, with
   * the random pick as the stored assessment says); 1 if its declaration lies before the first
   * replayed one (or none was replayed yet), so the weights cannot learn it.
   */
  private static int teach(
      ScreeningEngine engine, Built built, StoredOutcome o, OffsetDateTime firstReplayed) {
    engine.learn(
        built,
        o.declaration(),
        CaseService.engineOutcome(o.outcome()),
        o.wasRandom(),
        o.randomRedProbability());
    return firstReplayed == null || o.screenedAt().isBefore(firstReplayed) ? 1 : 0;
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM assessment");
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The recorded outcomes, in the order they were recorded (one per case, so few). */
  private static Deque<StoredOutcome> outcomes(Connection c) throws SQLException {
    Deque<StoredOutcome> out = new ArrayDeque<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT f.outcome_at, a.declaration, f.outcome, a.result, a.screened_at FROM"
                    + " case_file f JOIN assessment a ON a.declaration_id = f.declaration_id"
                    + " WHERE f.outcome IS NOT NULL ORDER BY f.outcome_at, f.id");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        AssessmentStore.StoredDraw draw = AssessmentStore.draw(rows.getString(4));
        out.add(
            new StoredOutcome(
                rows.getObject(1, OffsetDateTime.class),
                declaration(rows.getString(2)),
                rows.getString(3),
                draw.random(),
                draw.randomRedProbability(),
                rows.getObject(5, OffsetDateTime.class)));
      }
    }
    return out;
  }

  private static Declaration declaration(String json) {
    List<Declaration> read =
        Json.read(json.getBytes(StandardCharsets.UTF_8), Format.JSON).declarations();
    if (read.size() != 1) {
      throw new IllegalStateException("a stored declaration no longer reads: " + json);
    }
    return read.getFirst();
  }
}
