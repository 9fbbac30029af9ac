package dev.assay.server.service;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.screening.PartyScreening;
import dev.assay.store.Database;
import dev.assay.store.DatabaseScreening;
import dev.assay.store.DatabaseScreening.Built;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one screener of this server, built as {@code assay screen --db} builds its own: the shipped
 * detectors, party screening against the shipped lists (decisions in the database), the license
 * check against the database's licenses (drawdowns recorded), the shipped scoring and the
 * capacity-aware lanes. Detectors learn as they screen (exporter profiles, party network) and from
 * recorded inspection outcomes ({@link #learnOutcome}), so calls are serialised: the engine is
 * stateful, and screening one declaration takes well under a millisecond.
 *
 * <p>Loading the reference data takes seconds; it is done on a thread of its own while Spring
 * builds the rest of the server, and the first use waits for it.
 */
@Component
public class ScreeningEngine {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningEngine.class);

  private final CompletableFuture<Built> built;

  /** The analysts' rules in force (activated under maker-checker); none until one is. */
  private volatile dev.assay.rules.RuleBook rules = dev.assay.rules.RuleBook.empty();

  /** The list in force; null until the build has loaded the shipped one (or one replaces it). */
  private volatile ControlList inForce;

  public ScreeningEngine(Database database) {
    this.built =
        CompletableFuture.supplyAsync(
            () -> build(database, () -> inForce),
            task -> {
              Thread t = new Thread(task, "assay-engine-loader");
              t.setDaemon(true);
              t.start();
            });
  }

  private Built build(Database database, java.util.function.Supplier<ControlList> current) {
    long started = System.nanoTime();
    if (inForce == null) {
      inForce = ControlList.bundled();
    }
    Built built =
        DatabaseScreening.build(
            database,
            current,
            java.util.Optional.of(() -> rules),
            failure -> LOG.warn("analyst {}", failure.describe()));
    LOG.info("screening engine ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    return built;
  }

  private Built built() {
    return built.join();
  }

  public synchronized Assessment screen(Declaration declaration) {
    return built().screener().screen(declaration);
  }

  /**
   * Tells every detector what an inspection found, as {@code assay evaluate} does for a labelled
   * declaration: the detectors that learn from outcomes (the party network) take it in.
   */
  public synchronized void learnOutcome(Declaration declaration, Outcome outcome) {
    for (Detector detector : built().detectors()) {
      detector.learnOutcome(declaration, outcome);
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
  public synchronized void useControlList(ControlList list) {
    built();
    inForce = java.util.Objects.requireNonNull(list, "list");
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
}
