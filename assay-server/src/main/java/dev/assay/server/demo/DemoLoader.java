package dev.assay.server.demo;

import dev.assay.declaration.EndUse;
import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationItem;
import dev.assay.license.ApplicationState;
import dev.assay.license.DocumentKind;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseItem;
import dev.assay.license.PauseKind;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.rules.AnalystRules;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.FirstAdmin;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.service.CaseService;
import dev.assay.server.service.ScreeningService;
import dev.assay.simulator.InspectionPolicy;
import dev.assay.simulator.SimulatedDeclaration;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.simulator.Typology;
import dev.assay.store.Database;
import dev.assay.store.JdbcApplicationRepository;
import dev.assay.store.JdbcLicenseRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code assay serve --demo}: fills an empty database with 18 months of simulated trade up to
 * today, screened through the normal path (so the licenses are drawn down and the detectors learn
 * as in life), the simulated licenses, applications in every state, and cases with inspection
 * outcomes; then makes one user per role with a fresh random password, printed once. Run again on a
 * filled database, it only renews the demo users' passwords.
 */
@Component
@Order(5)
public class DemoLoader implements ApplicationRunner {
  /** Enough for every page to have something to show, small enough to start in seconds. */
  static final int DECLARATIONS = 2000;

  private final boolean demo;
  private final int declarations;
  private final Environment environment;
  private final Database database;
  private final JdbcClient jdbc;
  private final ScreeningService screening;
  private final CaseService cases;
  private final UserStore users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final AnalystRules rules;

  public DemoLoader(
      @Value("${assay.demo:false}") boolean demo,
      @Value("${assay.demo.declarations:" + DECLARATIONS + "}") int declarations,
      Environment environment,
      Database database,
      JdbcClient jdbc,
      ScreeningService screening,
      CaseService cases,
      UserStore users,
      PasswordEncoder encoder,
      AuditLog audit,
      AnalystRules rules) {
    this.demo = demo;
    this.declarations = declarations;
    this.environment = environment;
    this.database = database;
    this.jdbc = jdbc;
    this.screening = screening;
    this.cases = cases;
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.rules = rules;
  }

  /** What a demo fill made, for the console and for tests. */
  public record Filled(
      int declarations,
      int licenses,
      int applications,
      int cases,
      String exporterId,
      Set<String> offices) {}

  @Override
  public void run(ApplicationArguments args) {
    if (!demo) {
      return;
    }
    long started = System.nanoTime();
    boolean empty = jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single() == 0;
    if (empty) {
      Filled filled = fill(LocalDate.now(ZoneOffset.UTC), declarations);
      System.out.printf(
          "assay serve --demo: %,d declarations screened, %,d licenses, %,d applications, %,d"
              + " cases, in %.1f s%n",
          filled.declarations(),
          filled.licenses(),
          filled.applications(),
          filled.cases(),
          (System.nanoTime() - started) / 1e9);
    }
    printLogins();
  }

  /** Fills the database: the simulation's licenses, its declarations screened, cases, users. */
  public Filled fill(LocalDate today, int declarations) {
    SimulationSettings settings =
        SimulationSettings.defaults()
            .withDeclarations(declarations)
            .withSeed(20_260_101L)
            .withPeriod(today.minusMonths(18), today.minusDays(1))
            .withExporters(120)
            .withMineralShare(0.3)
            .withInspection(new InspectionPolicy(0.05, 0.3));
    List<SimulatedDeclaration> simulated = new ArrayList<>(declarations);
    List<License> licenses = new ArrayList<>();
    long t0 = System.nanoTime();
    new Simulator(settings).run(simulated::add, licenses::add);
    phase("simulated", t0);

    JdbcLicenseRepository licenseRepository = new JdbcLicenseRepository(database);
    for (License license : licenses) {
      licenseRepository.add(
          license,
          new LicenseChange(
              LicenseChange.Kind.ISSUED,
              license.issuedAt().atStartOfDay().toInstant(ZoneOffset.UTC),
              "demo",
              "",
              "simulated"));
    }
    phase("licenses stored", t0);
    makeRules();
    Map<String, SimulatedDeclaration> byId = new LinkedHashMap<>();
    for (SimulatedDeclaration s : simulated) {
      screening.screen(s.unlabelled(), null);
      byId.put(s.declaration().id(), s);
    }
    phase("declarations screened", t0);

    // The busiest exporter with a license is the demo exporter; the two busiest offices are the
    // demo risk officer's.
    Map<String, Long> perExporter =
        licenses.stream()
            .collect(
                Collectors.groupingBy(l -> l.exporter().code().value(), Collectors.counting()));
    String exporterId =
        simulated.stream()
            .map(s -> s.declaration().exporter().code().value())
            .filter(perExporter::containsKey)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(simulated.getFirst().declaration().exporter().code().value());
    List<String> busiest =
        simulated.stream()
            .collect(
                Collectors.groupingBy(s -> s.declaration().customsOffice(), Collectors.counting()))
            .entrySet()
            .stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(2)
            .map(Map.Entry::getKey)
            .toList();
    makeUsers(Set.copyOf(busiest), exporterId);

    int caseCount = makeCases(byId, today);
    phase("cases", t0);
    int applicationCount = makeApplications(licenses, exporterId, today);
    phase("applications", t0);
    // Consignments declared more than a week ago have left: released, unless a case holds them.
    jdbc.sql(
            "UPDATE assessment SET status = 'RELEASED' WHERE status = 'OPEN' AND declared_at < ?"
                + " AND declaration_id NOT IN (SELECT declaration_id FROM case_file)")
        .param(today.minusDays(7))
        .update();
    audit.record(
        "demo",
        "DEMO_LOADED",
        "database",
        Map.of(
            "declarations",
            simulated.size(),
            "licenses",
            licenses.size(),
            "applications",
            applicationCount,
            "cases",
            caseCount));
    return new Filled(
        simulated.size(),
        licenses.size(),
        applicationCount,
        caseCount,
        exporterId,
        Set.copyOf(busiest));
  }

  /**
   * Two analyst rules, drafted by the demo analyst and activated by the demo administrator before
   * the trade is screened, so that the analyst's page has per-rule firings and hit rates to show.
   * Low severity: they add soft evidence without deciding lanes.
   */
  private void makeRules() {
    AnalystRules.StoredRule a =
        rules.draft(
            "demo-analyst",
            new AnalystRules.Draft(
                "controlled-to-new-destination",
                "a controlled mineral to a destination this regular exporter never shipped to",
                "declaration.controlled_lines > 0 && history.exporter_declarations >= 3"
                    + " && !history.exporter_shipped_to_destination",
                "PROFILE_ANOMALY",
                "LOW",
                "",
                "",
                "demo analyst memo 2025-3"));
    AnalystRules.StoredRule b =
        rules.draft(
            "demo-analyst",
            new AnalystRules.Draft(
                "gallium-germanium-by-air-to-hub",
                "gallium or germanium flown to a known transshipment hub",
                "declaration.transport_mode == 'AIR' && declaration.destination in ['HK', 'AE',"
                    + " 'SG'] && lines.exists(l, l.mineral in ['gallium', 'germanium'])",
                "TRANSSHIPMENT_RISK",
                "LOW",
                "",
                "",
                "demo analyst memo 2025-7"));
    rules.activate("demo-admin", a.version());
    rules.activate("demo-admin", b.version());
  }

  private static void phase(String what, long t0) {
    if (Boolean.getBoolean("assay.demo.timing")) {
      System.out.printf("  demo: %s after %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Cases for the inspected RED and YELLOW declarations older than two weeks, with the outcome the
   * simulation's ground truth gives, recorded through the case service (so the engine learns them
   * and they become training labels); a few referred. The last two weeks' alerts stay open.
   */
  private int makeCases(Map<String, SimulatedDeclaration> byId, LocalDate today) {
    AssayUser loader = new AssayUser("demo-loader", "", Role.ADMIN, Set.of(), null, true, false);
    List<String> alerts =
        jdbc.sql(
                "SELECT declaration_id FROM assessment WHERE lane IN ('RED', 'YELLOW') AND"
                    + " declared_at < ? ORDER BY declared_at")
            .param(today.minusDays(14))
            .query(String.class)
            .list();
    int made = 0;
    int referred = 0;
    for (String alert : alerts) {
      SimulatedDeclaration s = byId.get(alert);
      boolean inspected = s.observation().map(o -> o.inspected()).orElse(false);
      boolean violation = s.truth().outcome() == dev.assay.declaration.Outcome.VIOLATION;
      if (!inspected && !violation && made % 3 != 0) {
        continue;
      }
      if (made >= 120) {
        break;
      }
      CaseService.CaseFile c = cases.open(alert, loader);
      made++;
      CaseService.OutcomeRequest outcome;
      if (!violation) {
        outcome = new CaseService.OutcomeRequest("CLEAN", null, null, null, null, "nothing found");
      } else {
        String typology = s.truth().typology().map(Typology::label).orElse("OTHER");
        boolean seized = made % 2 == 0;
        BigDecimal quantity =
            BigDecimal.valueOf(Math.max(1, Math.round(s.declaration().totalNetWeightKg())));
        outcome =
            seized
                ? new CaseService.OutcomeRequest(
                    "SEIZED",
                    typology,
                    quantity,
                    "kg",
                    BigDecimal.valueOf(Math.round(s.declaration().totalValueUsd())),
                    s.truth().note())
                : new CaseService.OutcomeRequest(
                    "IRREGULARITY", typology, null, null, null, s.truth().note());
      }
      cases.recordOutcome(c.id(), outcome, loader);
      if (violation && referred < 8) {
        cases.refer(c.id(), loader);
        referred++;
      }
    }
    return made;
  }

  /** Applications in every state, from the simulated licenses' terms. */
  private int makeApplications(List<License> licenses, String exporterId, LocalDate today) {
    JdbcApplicationRepository repository = new JdbcApplicationRepository(database);
    List<License> sources =
        licenses.stream()
            .sorted(
                Comparator.comparing((License l) -> !l.exporter().code().value().equals(exporterId))
                    .thenComparing(License::number))
            .limit(14)
            .toList();
    List<ApplicationState> targets =
        List.of(
            ApplicationState.DRAFT,
            ApplicationState.SUBMITTED,
            ApplicationState.UNDER_REVIEW,
            ApplicationState.UNDER_REVIEW,
            ApplicationState.APPROVED,
            ApplicationState.DENIED,
            ApplicationState.WITHDRAWN);
    int made = 0;
    for (int i = 0; i < sources.size(); i++) {
      License l = sources.get(i);
      ApplicationState target = targets.get(i % targets.size());
      Instant created = today.minusDays(60 - 3L * i).atTime(9, 0).toInstant(ZoneOffset.UTC);
      List<ApplicationItem> items = new ArrayList<>();
      for (LicenseItem item : l.items()) {
        items.add(
            new ApplicationItem(
                item.itemNo(),
                item.controlCode(),
                item.hsCode(),
                item.description(),
                item.quantity(),
                item.unit(),
                item.valueUsd()));
      }
      Application app =
          Application.draft(
              String.format("APP-%d-%04d", today.getYear(), i + 1),
              l.exporter(),
              l.type(),
              items,
              l.consignee(),
              l.endUser(),
              l.endUse(),
              EndUse.CIVIL,
              l.destinations().getFirst(),
              EnumSet.copyOf(DocumentKind.requiredFor(l.type())),
              created);
      String exporter = "exporter " + l.exporter().name();
      Instant at = created.plusSeconds(3600);
      if (target != ApplicationState.DRAFT && target != ApplicationState.WITHDRAWN) {
        app = app.transition(ApplicationState.SUBMITTED, exporter, at, "");
        if (target != ApplicationState.SUBMITTED) {
          at = at.plusSeconds(86_400);
          app = app.transition(ApplicationState.UNDER_REVIEW, "demo-licensing", at, "accepted");
          if (i % 5 == 3) {
            app =
                app.apply(
                    new ApplicationEvent.ReviewPaused(
                        PauseKind.EXPERT_REVIEW,
                        "demo-licensing",
                        at.plusSeconds(86_400),
                        "expert review of the specification"));
          }
          if (target == ApplicationState.APPROVED) {
            app =
                app.transition(
                    ApplicationState.APPROVED,
                    "demo-licensing",
                    at.plusSeconds(5 * 86_400),
                    "terms verified");
          } else if (target == ApplicationState.DENIED) {
            app =
                app.transition(
                    ApplicationState.DENIED,
                    "demo-licensing",
                    at.plusSeconds(5 * 86_400),
                    "end user could not be verified");
          }
        }
      } else if (target == ApplicationState.WITHDRAWN) {
        app = app.transition(ApplicationState.WITHDRAWN, exporter, at, "order cancelled");
      }
      repository.create(app);
      audit.record(
          "demo", "APPLICATION_CREATED", "application:" + app.id(), Map.of("state", app.state()));
      made++;
    }
    return made;
  }

  private final Map<Role, String[]> logins = new LinkedHashMap<>();

  private void makeUsers(Set<String> offices, String exporterId) {
    create("demo-admin", Role.ADMIN, Set.of(), null);
    create("demo-risk", Role.RISK_OFFICER, offices, null);
    create("demo-licensing", Role.LICENSING_OFFICER, Set.of(), null);
    create("demo-analyst", Role.ANALYST, Set.of(), null);
    create("demo-exporter", Role.EXPORTER, Set.of(), exporterId);
  }

  private void create(String name, Role role, Set<String> offices, String exporterId) {
    String password = FirstAdmin.newPassword();
    users.create(name, password, role, offices, exporterId);
    logins.put(role, new String[] {name, password});
  }

  /** Prints the URL and one login per role; on a filled database, renews the passwords first. */
  private void printLogins() {
    if (logins.isEmpty()) {
      for (var e :
          Map.of(
                  Role.ADMIN, "demo-admin",
                  Role.RISK_OFFICER, "demo-risk",
                  Role.LICENSING_OFFICER, "demo-licensing",
                  Role.ANALYST, "demo-analyst",
                  Role.EXPORTER, "demo-exporter")
              .entrySet()) {
        if (users.exists(e.getValue())) {
          String password = FirstAdmin.newPassword();
          jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
              .params(encoder.encode(password), e.getValue())
              .update();
          logins.put(e.getKey(), new String[] {e.getValue(), password});
        }
      }
    }
    StringBuilder out = new StringBuilder();
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    out.append("\nAssay demo is ready at http://localhost:").append(port).append("/\n");
    out.append("Logins (shown once; stored only as hashes):\n");
    for (Role role : Role.values()) {
      String[] login = logins.get(role);
      if (login != null) {
        out.append(String.format("  %-18s %-16s %s%n", role, login[0], login[1]));
      }
    }
    System.out.println(out);
  }
}
