package dev.assay.server.web;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.CountryCode;
import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationFlagger;
import dev.assay.license.ApplicationItem;
import dev.assay.license.ApplicationRepository;
import dev.assay.license.ApplicationState;
import dev.assay.license.ClockReading;
import dev.assay.license.License;
import dev.assay.license.LicenseRepository;
import dev.assay.license.PauseKind;
import dev.assay.license.RestrictedPartyScreen;
import dev.assay.license.ReviewDesk;
import dev.assay.license.ReviewFlag;
import dev.assay.license.StatutoryClock;
import dev.assay.license.WorkingDayCalendar;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.ScreeningHit;
import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.service.LicensingService;
import dev.assay.server.service.ScreeningEngine;
import dev.assay.store.Database;
import dev.assay.store.JdbcApplicationRepository;
import dev.assay.store.JdbcLicenseRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The licensing pages' view of applications and licenses: the store's repositories, the statutory
 * clock on the shipped working-day calendar, the control-list determination and restricted-party
 * screening of the server's engine. Every change it makes is written to the audit log.
 */
@Component
public class LicensingDesk {
  private final ApplicationRepository applications;
  private final LicenseRepository licenses;
  private final ReviewDesk desk;
  private final ControlList controlList;
  private final ApplicationFlagger flagger;
  private final AuditLog audit;
  private final Clock clock;

  private final LicensingService service;

  public LicensingDesk(
      Database database, ScreeningEngine engine, AuditLog audit, LicensingService service) {
    this.service = service;
    this.applications = new JdbcApplicationRepository(database);
    this.licenses = new JdbcLicenseRepository(database);
    this.desk = new ReviewDesk(new StatutoryClock(WorkingDayCalendar.bundled()));
    this.controlList = engine.controlList();
    this.flagger = new ApplicationFlagger(controlList, parties(engine.partyScreening()));
    this.audit = audit;
    this.clock = Clock.system(StatutoryClock.CHINA);
  }

  /** The engine's restricted-party lists, in the shape the application flagger asks for. */
  static RestrictedPartyScreen parties(PartyScreening screening) {
    return (name, country) -> {
      List<RestrictedPartyScreen.Hit> hits = new ArrayList<>();
      ScreenedParty party =
          country == null ? ScreenedParty.named(name) : ScreenedParty.of(name, country);
      for (ScreeningHit hit : screening.raised(party, LocalDate.now(StatutoryClock.CHINA))) {
        hits.add(
            new RestrictedPartyScreen.Hit(
                hit.match().entry().primaryName().text(),
                hit.match().entry().listId(),
                hit.match().basis(),
                hit.match().score()));
      }
      return hits;
    };
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Applications with their clocks, those still open first, overdue and nearest due first. */
  public List<ReviewDesk.Clocked> inbox(Optional<String> exporterId) {
    List<Application> all =
        applications.list().stream()
            .filter(a -> exporterId.map(e -> a.exporter().code().value().equals(e)).orElse(true))
            .toList();
    List<ReviewDesk.Clocked> rows = new ArrayList<>(desk.clocked(all, today()));
    rows.sort(
        Comparator.comparing((ReviewDesk.Clocked c) -> c.application().state().isFinal())
            .thenComparing(c -> !c.clock().isOverdue())
            .thenComparing(c -> c.clock().dueOn().orElse(LocalDate.MAX))
            .thenComparing(c -> c.application().createdAt(), Comparator.reverseOrder()));
    return rows;
  }

  /** An application the user may see: an exporter only its own. */
  public ReviewDesk.Clocked application(String id, AssayUser user) {
    Application a =
        applications
            .find(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no application " + id));
    if (user.role() == Role.EXPORTER
        && !user.exporterId().map(a.exporter().code().value()::equals).orElse(false)) {
      // Not 403: another company's application numbers are not confirmed to exist.
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no application " + id);
    }
    return new ReviewDesk.Clocked(a, desk.clocked(List.of(a), today()).getFirst().clock());
  }

  public List<ReviewFlag> flags(Application a) {
    return flagger.flags(a, today());
  }

  /** The control-list determination of each item, as of today. */
  public Map<ApplicationItem, Determination> determinations(Application a) {
    Map<ApplicationItem, Determination> out = new LinkedHashMap<>();
    CountryCode endUserCountry = a.endUser() == null ? null : a.endUser().country();
    for (ApplicationItem item : a.items()) {
      out.put(
          item,
          controlList.determine(
              new DeterminationQuery(
                  item.hsCode(),
                  item.description(),
                  a.destination(),
                  endUserCountry,
                  a.endUseCategory(),
                  today())));
    }
    return out;
  }

  public ControlList controlList() {
    return controlList;
  }

  /**
   * Moves an application to another state, with the reason, through the licensing service (which
   * checks the transition and the role, and audits); the officer's decisions need a reason, as the
   * authority must give one.
   */
  public Application transition(String id, ApplicationState to, String reason, AssayUser user) {
    if (user.role() != Role.EXPORTER && (reason == null || reason.isBlank())) {
      throw ApiException.badField("reason", "required for a decision");
    }
    return service.transition(id, to.name(), reason, user).application();
  }

  /** Stops the clock for an identification, expert review or on-site check. */
  public Application pause(String id, PauseKind kind, String reason, AssayUser user) {
    application(id, user);
    Application after =
        applications.record(
            id,
            new ApplicationEvent.ReviewPaused(
                kind, user.getUsername(), Instant.now(clock), reason));
    audit.record(
        user.getUsername(),
        "APPLICATION_PAUSED",
        "application:" + id,
        Map.of("kind", kind.name(), "reason", reason == null ? "" : reason));
    return after;
  }

  public Application resume(String id, String reason, AssayUser user) {
    application(id, user);
    Application after =
        applications.record(
            id, new ApplicationEvent.ReviewResumed(user.getUsername(), Instant.now(clock), reason));
    audit.record(
        user.getUsername(),
        "APPLICATION_RESUMED",
        "application:" + id,
        Map.of("reason", reason == null ? "" : reason));
    return after;
  }

  /** Files a new application for the exporter (drafted and submitted at once). */
  public Application file(Application draft, AssayUser user) {
    applications.create(draft);
    audit.record(user.getUsername(), "APPLICATION_FILED", "application:" + draft.id(), Map.of());
    return transition(draft.id(), ApplicationState.SUBMITTED, "filed online", user);
  }

  public List<License> licenses(Optional<String> exporterId) {
    return licenses.list().stream()
        .filter(l -> exporterId.map(e -> l.exporter().code().value().equals(e)).orElse(true))
        .sorted(Comparator.comparing(License::issuedAt).reversed())
        .toList();
  }

  public LicenseRepository licenseRepository() {
    return licenses;
  }

  public ClockReading clock(Application a) {
    return desk.clocked(List.of(a), today()).getFirst().clock();
  }
}
