package dev.assay.server.service;

import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.simulator.SimulatedDeclaration;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.store.Database;
import dev.assay.store.JdbcLicenseRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The screening path of the server (engine, store, group commit, service) built by hand over one
 * in-memory H2 database, as Spring wires it; a second stack over the same database is a restarted
 * server.
 */
final class ScreeningStack implements AutoCloseable {
  final Database database;
  final JdbcDataSource dataSource;
  final JdbcClient jdbc;
  final ScreeningEngine engine;
  final AssessmentStore store;
  final AssessmentCommitter committer;
  final ScreeningService service;

  /** How many times the engine screened a declaration (live, not the startup replay). */
  final java.util.concurrent.atomic.AtomicInteger screenings =
      new java.util.concurrent.atomic.AtomicInteger();

  ScreeningStack(String name, int replayMax) {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    database = Database.open(url, null, null);
    dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    jdbc = JdbcClient.create(dataSource);
    engine =
        new ScreeningEngine(database, dataSource, replayMax) {
          @Override
          public Stamped screenStamped(dev.assay.declaration.Declaration declaration) {
            screenings.incrementAndGet();
            return super.screenStamped(declaration);
          }
        };
    store = new AssessmentStore(jdbc, dataSource);
    committer = new AssessmentCommitter(store);
    service = new ScreeningService(engine, store, committer);
  }

  /** A simulated trade with licenses: the same for the same seed. */
  record Trade(List<SimulatedDeclaration> declarations, List<License> licenses) {}

  static Trade trade(long seed, int declarations) {
    List<SimulatedDeclaration> simulated = new ArrayList<>();
    List<License> licenses = new ArrayList<>();
    new Simulator(
            SimulationSettings.defaults()
                .withDeclarations(declarations)
                .withSeed(seed)
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withExporters(60)
                .withMineralShare(0.3))
        .run(simulated::add, licenses::add);
    return new Trade(simulated, licenses);
  }

  void storeLicenses(List<License> licenses) {
    JdbcLicenseRepository repository = new JdbcLicenseRepository(database);
    for (License license : licenses) {
      repository.add(
          license,
          new LicenseChange(
              LicenseChange.Kind.ISSUED,
              license.issuedAt().atStartOfDay().toInstant(ZoneOffset.UTC),
              "test",
              "",
              "simulated"));
    }
  }

  /**
   * What {@link CaseService#recordOutcome} does: the closed case in the database, then the engine,
   * told whether the stored assessment was a random pick and at which probability.
   */
  void recordOutcome(long caseId, dev.assay.declaration.Declaration d, String outcome) {
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO case_file (id, declaration_id, customs_office, exporter_id, status,"
                + " opened_by, opened_at, outcome, outcome_at) VALUES (?, ?, ?, ?, 'CLOSED',"
                + " 'test', ?, ?, ?)")
        .params(caseId, d.id(), d.customsOffice(), d.exporter().code().value(), now, outcome, now)
        .update();
    String result =
        jdbc.sql("SELECT result FROM assessment WHERE declaration_id = ?")
            .param(d.id())
            .query(String.class)
            .single();
    AssessmentStore.StoredDraw draw = AssessmentStore.draw(result);
    engine.learnOutcome(
        d, CaseService.engineOutcome(outcome), draw.random(), draw.randomRedProbability());
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Override
  public void close() throws InterruptedException {
    committer.stop();
  }
}
