package dev.assay.server.web;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationItem;
import dev.assay.license.ApplicationState;
import dev.assay.license.DocumentKind;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseItem;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.store.Database;
import dev.assay.store.JdbcApplicationRepository;
import dev.assay.store.JdbcLicenseRepository;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data for the browser tests: simulated trade of a few months screened by the shipped engine and
 * stored in the server's tables, the simulator's licenses, and one user per role. Made once per
 * database (the Spring context, and so the database, is shared by the browser test classes).
 */
final class PageData {
  static final String PASSWORD = "browser-test-password";
  static final LocalDate FROM = LocalDate.of(2025, 7, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);

  private static boolean made;

  /** The exporter of the exporter's user: the holder of the first license. */
  static String exporter;

  /** The office with the most red declarations: the risk officer's. */
  static String office;

  private PageData() {}

  static synchronized void make(JdbcClient jdbc, Database database, UserStore users) {
    if (made) {
      return;
    }
    JdbcLicenseRepository licenses = new JdbcLicenseRepository(database);
    List<Declaration> declarations = new ArrayList<>();
    List<License> issued = new ArrayList<>();
    new Simulator(
            SimulationSettings.defaults()
                .withDeclarations(3000)
                .withPeriod(FROM, TO)
                .withExporters(60)
                .withMineralShare(0.25))
        .run(
            d -> declarations.add(d.withObservedLabel()),
            license -> {
              issued.add(license);
              licenses.add(
                  license,
                  new LicenseChange(
                      LicenseChange.Kind.ISSUED,
                      license.issuedAt().atStartOfDay().toInstant(ZoneOffset.UTC),
                      "simulator",
                      "issued",
                      ""));
            });
    ControlList controlList = ControlList.bundled();
    Screener screener =
        new Screener(
            () -> controlList,
            Screener.standardDetectors(controlList),
            Scoring.bundled(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new CapacityLanes(SelectionSettings.bundled())));
    for (Declaration d : declarations) {
      insert(jdbc, d, screener.screen(d));
    }
    applications(new JdbcApplicationRepository(database), issued);
    office =
        jdbc.sql(
                "SELECT customs_office FROM assessment WHERE lane = 'RED' GROUP BY customs_office"
                    + " ORDER BY COUNT(*) DESC, customs_office FETCH FIRST 1 ROWS ONLY")
            .query(String.class)
            .single();
    users.create("risk", PASSWORD, Role.RISK_OFFICER, Set.of(office), null);
    users.create("licensing", PASSWORD, Role.LICENSING_OFFICER, Set.of(), null);
    users.create("analyst", PASSWORD, Role.ANALYST, Set.of(), null);
    users.create("admin", PASSWORD, Role.ADMIN, Set.of(), null);
    exporter = issued.getFirst().exporter().code().value();
    users.create("exporter", PASSWORD, Role.EXPORTER, Set.of(), exporter);
    made = true;
  }

  /**
   * Applications in every state, made from the simulated licenses' parties and items, filed on
   * dates that put some clocks past their 45 working days.
   */
  static void applications(JdbcApplicationRepository repo, List<License> licenses) {
    ApplicationState[][] paths = {
      {ApplicationState.SUBMITTED},
      {ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW},
      {ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW},
      {ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW},
      {ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW, ApplicationState.APPROVED},
      {ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW, ApplicationState.DENIED},
      {ApplicationState.SUBMITTED, ApplicationState.WITHDRAWN},
      {ApplicationState.SUBMITTED},
    };
    Instant now = Instant.now();
    for (int i = 0; i < paths.length && i < licenses.size(); i++) {
      License l = licenses.get(i);
      List<ApplicationItem> items = new ArrayList<>();
      for (LicenseItem item : l.items()) {
        items.add(
            new ApplicationItem(
                items.size() + 1,
                item.controlCode(),
                item.hsCode(),
                item.description(),
                item.quantity(),
                item.unit(),
                item.valueUsd()));
      }
      // Filed 90, 80, ... days ago: the earliest ones under review are overdue.
      Instant filed = now.minus(java.time.Duration.ofDays(90 - 10L * i));
      String id = "APP-2025-" + (100 + i);
      repo.create(
          Application.draft(
              id,
              l.exporter(),
              l.type(),
              items,
              l.consignee(),
              l.endUser(),
              l.endUse(),
              dev.assay.declaration.EndUse.CIVIL,
              l.destinations().getFirst(),
              DocumentKind.requiredFor(l.type()),
              filed));
      ApplicationState from = ApplicationState.DRAFT;
      Instant at = filed;
      for (ApplicationState to : paths[i]) {
        at = at.plus(java.time.Duration.ofDays(2));
        repo.record(
            id,
            new ApplicationEvent.StateChanged(
                from, to, to == ApplicationState.SUBMITTED ? "exporter" : "licensing", at, "step"));
        from = to;
      }
    }
  }

  static void insert(JdbcClient jdbc, Declaration d, Assessment a) {
    StringWriter declaration = new StringWriter();
    try (DeclarationJsonWriter w = new DeclarationJsonWriter(declaration, false)) {
      w.write(d);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    try (AssessmentWriter w = new AssessmentWriter(result)) {
      w.write(a);
    }
    TreeSet<String> codes = new TreeSet<>();
    for (Finding f : a.findings()) {
      codes.add(f.code().name());
    }
    jdbc.sql(
            "INSERT INTO assessment (declaration_id, declared_at, customs_office, exporter_id,"
                + " exporter_name, destination, value_usd, score, lane, finding_codes, status,"
                + " screened_at, batch_id, declaration, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, 'OPEN', ?, NULL, ?, ?)")
        .params(
            d.id(),
            d.declaredAt(),
            d.customsOffice(),
            d.exporter().code().value(),
            d.exporter().name(),
            d.destination().value(),
            java.math.BigDecimal.valueOf(d.totalValueUsd()),
            a.score(),
            a.lane().name(),
            " " + String.join(" ", codes) + " ",
            OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
            declaration.toString().strip(),
            result.toString(StandardCharsets.UTF_8).strip())
        .update();
  }
}
