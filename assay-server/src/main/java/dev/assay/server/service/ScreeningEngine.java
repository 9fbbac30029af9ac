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

  public ScreeningEngine(Database database) {
    this.built =
        CompletableFuture.supplyAsync(
            () -> build(database),
            task -> {
              Thread t = new Thread(task, "assay-engine-loader");
              t.setDaemon(true);
              t.start();
            });
  }

  private static Built build(Database database) {
    long started = System.nanoTime();
    Built built = DatabaseScreening.build(database);
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
    return built().controlList();
  }

  public PartyScreening partyScreening() {
    return built().partyScreening();
  }
}
