package dev.assay.server.service;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.license.DrawdownOutcome;
import dev.assay.license.DrawdownRequest;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseRepository;
import dev.assay.risk.Assessment;
import dev.assay.risk.evidence.EvidenceWeights;
import dev.assay.screening.PartyScreening;
import dev.assay.store.Database;
import dev.assay.store.DatabaseScreening;
import dev.assay.store.DatabaseScreening.Built;
import dev.assay.store.JdbcLicenseRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one screener of this server, built as {@code assay screen --db} builds its own: the shipped
 * detectors, party screening against the shipped lists (decisions in the database), the license
 * check against the database's licenses (drawdowns recorded), the shipped scoring and the
 * capacity-aware lanes, soft evidence weighed by weights learned from the recorded inspection
 * outcomes ({@link #weights}). Detectors learn as they screen (exporter profiles, party network)
 * and, with the weights, from recorded inspection outcomes ({@link #learnOutcome}), so calls are
 * serialised: the engine is stateful, and screening one declaration takes well under a millisecond.
 *
 * <p>Loading the reference data takes seconds; it is done on a thread of its own while Spring
 * builds the rest of the server, and the first use waits for it.
 */
@Component
public class ScreeningEngine {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningEngine.class);

  private final CompletableFuture<Built> built;

  /** Completes once the stored history has been replayed; screening waits for it. */
  private final CompletableFuture<Built> replayed;

  /** What the startup replay did, once done. */
  private volatile EngineReplay.Replayed replayResult;

  /** While true, license lines are checked against their licenses but not drawn on again. */
  private volatile boolean replaying;

  /** The declarations whose outcome the detectors have learned: each is learned once. */
  private final Set<String> outcomesLearned = ConcurrentHashMap.newKeySet();

  /** The last screening time handed out: strictly increasing, so it orders the stored rows. */
  private OffsetDateTime lastStamp = OffsetDateTime.MIN;

  /** The analysts' rules in force (activated under maker-checker); none until one is. */
  private volatile dev.assay.rules.RuleBook rules = dev.assay.rules.RuleBook.empty();

  /** The list in force; null until the build has loaded the shipped one (or one replaces it). */
  private volatile ControlList inForce;

  /**
   * @param replayMax the most recent stored declarations replayed at startup ({@link EngineReplay})
   */
  @Autowired
  public ScreeningEngine(
      Database database,
      DataSource dataSource,
      @Value("${assay.engine.replay-max:" + EngineReplay.DEFAULT_MAX + "}") int replayMax) {
    Executor loader =
        task -> {
          Thread t = new Thread(task, "assay-engine-loader");
          t.setDaemon(true);
          t.start();
        };
    this.built = CompletableFuture.supplyAsync(() -> build(database), loader);
    this.replayed =
        built.thenApplyAsync(
            b -> {
              synchronized (this) {
                replayResult = new EngineReplay(dataSource, replayMax).replay(this, b);
              }
              return b;
            },
            loader);
  }

  private Built build(Database database) {
    long started = System.nanoTime();
    if (inForce == null) {
      inForce = ControlList.bundled();
    }
    Built built =
        DatabaseScreening.build(
            database,
            () -> inForce,
            new DrawsUnlessReplaying(new JdbcLicenseRepository(database), () -> replaying),
            java.util.Optional.of(() -> rules),
            failure -> LOG.warn("analyst {}", failure.describe()));
    LOG.info("screening engine ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    return built;
  }

  private Built built() {
    return built.join();
  }

  /** The engine once its memory of the stored history is rebuilt. */
  private Built ready() {
    return replayed.join();
  }

  /** Waits for the startup replay and says what it did. */
  EngineReplay.Replayed awaitReplay() {
    ready();
    return replayResult;
  }

  public Assessment screen(Declaration declaration) {
    return screenStamped(declaration).assessment();
  }

  /** An assessment and the moment it was made, in the engine's order. */
  public record Stamped(Assessment assessment, OffsetDateTime screenedAt) {}

  /**
   * Screens one declaration. The detectors are stateful (profiles, party network, lanes within
   * capacity), so screenings are serialised; the time stamp is taken under the same lock and is
   * strictly increasing, so stored rows ordered by it are in the order the engine saw them.
   */
  public Stamped screenStamped(Declaration declaration) {
    Built b = ready();
    synchronized (this) {
      Assessment a = b.screener().screen(declaration);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
      lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plus(1, ChronoUnit.MICROS);
      return new Stamped(a, lastStamp);
    }
  }

  /**
   * Teaches the screener what an inspection found, as {@code assay evaluate} does for a labelled
   * declaration: through {@link dev.assay.risk.Screener#learnOutcome(Declaration, Outcome,
   * boolean)}, so the detectors that learn from outcomes (the party network) take it in and the
   * learned weights of the soft evidence the declaration carried when it was screened move
   * (docs/evidence.md). The screener applies it once it is known (its outcome delay), so it reaches
   * only declarations screened after it, never an assessment already made. An outcome is learned
   * once per declaration, whether it comes live (from {@link CaseService}, once committed) or from
   * the replay at startup.
   *
   * @param wasRandom whether the assessment the server made sent the declaration to inspection by a
   *     random draw ({@link AssessmentStore#wasRandom(String)} of the stored result): the weights
   *     count a random pick for the untargeted trade it stands for
   */
  public void learnOutcome(Declaration declaration, Outcome outcome, boolean wasRandom) {
    learnOutcome(declaration, outcome, wasRandom, java.util.OptionalDouble.empty());
  }

  /**
   * As {@link #learnOutcome(Declaration, Outcome, boolean)}, a random pick weighted by the inverse
   * of the random RED probability its stored assessment recorded ({@link
   * AssessmentStore#randomRedProbability(String)}; empty for one stored before it was recorded: the
   * base random rate).
   */
  public void learnOutcome(
      Declaration declaration,
      Outcome outcome,
      boolean wasRandom,
      java.util.OptionalDouble randomRedProbability) {
    Built b = ready();
    synchronized (this) {
      learn(b, declaration, outcome, wasRandom, randomRedProbability);
    }
  }

  /** Called with the engine's lock held. */
  void learn(
      Built b,
      Declaration declaration,
      Outcome outcome,
      boolean wasRandom,
      java.util.OptionalDouble randomRedProbability) {
    if (!outcomesLearned.add(declaration.id())) {
      return;
    }
    b.screener().learnOutcome(declaration, outcome, wasRandom, randomRedProbability);
  }

  /**
   * The learned weights of soft evidence the engine scores with: the shipped priors ({@code
   * risk/scoring.yaml}) moved by the recorded outcomes. Read without the engine's lock (the weights
   * publish consistent tallies per family), so showing them never holds up screening.
   */
  public EvidenceWeights weights() {
    return ready()
        .screener()
        .evidenceWeights()
        .orElseThrow(() -> new IllegalStateException("the engine runs without learned weights"));
  }

  /** How many declarations' inspection outcomes the engine has learned (live and replayed). */
  public int outcomesLearned() {
    return outcomesLearned.size();
  }

  /**
   * Replays one stored declaration into the detectors (called with the engine's lock held, before
   * any live screening): they learn from it as when it was screened, while its license lines are
   * only checked, since their drawdowns are stored already. The assessment is not kept.
   */
  void replay(Built b, Declaration declaration) {
    replaying = true;
    try {
      b.screener().screen(declaration);
    } finally {
      replaying = false;
    }
  }

  /** Advances the time stamps past those of the replayed rows (called under the lock). */
  void stampedAfter(OffsetDateTime last) {
    if (last != null && last.isAfter(lastStamp)) {
      lastStamp = last;
    }
  }

  public ControlList controlList() {
    built();
    return inForce;
  }

  /**
   * Puts a control list in force for every later screening (an announcement approved under
   * maker-checker); the detectors read the list at each use and keep what they learned.
   */
  public void useControlList(ControlList list) {
    built();
    synchronized (this) {
      inForce = java.util.Objects.requireNonNull(list, "list");
    }
  }

  /**
   * Puts an analysts' rule book in force for every later screening (a rule activated or deactivated
   * under maker-checker); the rule detector reads it at each declaration and keeps its history.
   */
  public void useRules(dev.assay.rules.RuleBook book) {
    rules = java.util.Objects.requireNonNull(book, "book");
  }

  public dev.assay.rules.RuleBook rules() {
    return rules;
  }

  public PartyScreening partyScreening() {
    return built().partyScreening();
  }

  /**
   * The database's licenses, except that while the engine replays its history a drawdown is only
   * checked ({@link LicenseRepository#check}): the line drew when it was first screened, and a line
   * that drew answers "already drawn" just as it answered "drawn" then.
   */
  private record DrawsUnlessReplaying(LicenseRepository licenses, BooleanSupplier replaying)
      implements LicenseRepository {
    @Override
    public Added add(License license, LicenseChange issued) {
      return licenses.add(license, issued);
    }

    @Override
    public Optional<License> find(String licenseNo) {
      return licenses.find(licenseNo);
    }

    @Override
    public List<License> list() {
      return licenses.list();
    }

    @Override
    public License update(String licenseNo, UnaryOperator<License> change, LicenseChange entry) {
      return licenses.update(licenseNo, change, entry);
    }

    @Override
    public List<LicenseChange> history(String licenseNo) {
      return licenses.history(licenseNo);
    }

    @Override
    public DrawdownOutcome draw(DrawdownRequest request) {
      return replaying.getAsBoolean() ? licenses.check(request) : licenses.draw(request);
    }

    @Override
    public DrawdownOutcome check(DrawdownRequest request) {
      return licenses.check(request);
    }

    @Override
    public List<dev.assay.license.Drawdown> drawdowns(String licenseNo) {
      return licenses.drawdowns(licenseNo);
    }
  }
}
