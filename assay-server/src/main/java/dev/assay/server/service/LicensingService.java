package dev.assay.server.service;

import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationFile;
import dev.assay.license.ApplicationRepository;
import dev.assay.license.ApplicationState;
import dev.assay.license.ClockReading;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseRepository;
import dev.assay.license.LicenseStatus;
import dev.assay.license.LicensingException;
import dev.assay.license.StatutoryClock;
import dev.assay.license.WorkingDayCalendar;
import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.DataScope;
import dev.assay.server.security.Role;
import dev.assay.store.Database;
import dev.assay.store.JdbcApplicationRepository;
import dev.assay.store.JdbcLicenseRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Licenses and applications through the store's repositories (the same the CLI uses), scoped to an
 * exporter's own code, with every transition audited.
 */
@Service
public class LicensingService {
  private final LicenseRepository licenses;
  private final ApplicationRepository applications;
  private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.bundled());
  private final AuditLog audit;

  public LicensingService(Database database, AuditLog audit) {
    this.licenses = new JdbcLicenseRepository(database);
    this.applications = new JdbcApplicationRepository(database);
    this.audit = audit;
  }

  public List<License> licenses(AssayUser user, String status) {
    DataScope scope = DataScope.of(user);
    return licenses.list().stream()
        .filter(
            l -> scope.exporterId().map(e -> e.equals(l.exporter().code().value())).orElse(true))
        .filter(l -> status == null || l.status().name().equals(status))
        .toList();
  }

  public License license(String number, AssayUser user) {
    return licenses
        .find(number)
        .filter(
            l ->
                DataScope.of(user)
                    .exporterId()
                    .map(e -> e.equals(l.exporter().code().value()))
                    .orElse(true))
        .orElseThrow(() -> ApiException.notFound("license " + number));
  }

  public LicenseRepository repository() {
    return licenses;
  }

  /** Suspends, reinstates or revokes a license, with the reason, audited. */
  public License changeStatus(String number, String to, String reason, AssayUser user) {
    LicenseStatus status;
    try {
      status = LicenseStatus.valueOf(to.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiException.badField("status", "one of VALID, SUSPENDED, REVOKED");
    }
    if (reason == null || reason.isBlank() || reason.length() > 4000) {
      throw ApiException.badField("reason", "1 to 4000 characters: why");
    }
    License before = license(number, user);
    try {
      License after =
          licenses.update(
              number,
              l -> l.withStatus(status),
              new LicenseChange(
                  LicenseChange.Kind.toStatus(status),
                  Instant.now(),
                  user.getUsername(),
                  reason,
                  before.status() + " -> " + status));
      audit.record(
          user.getUsername(),
          "LICENSE_" + status.name(),
          "license:" + number,
          Map.of("from", before.status(), "reason", reason));
      return after;
    } catch (LicensingException e) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          e.getMessage(),
          List.of(new ApiException.FieldError("status", e.getMessage())));
    }
  }

  /** An application with its statutory clock today. */
  public record Clocked(Application application, ApplicationState state, ClockReading clock) {}

  public List<Clocked> applications(AssayUser user, String state, boolean overdueOnly) {
    DataScope scope = DataScope.of(user);
    LocalDate today = LocalDate.now(StatutoryClock.CHINA);
    return applications.list().stream()
        .filter(
            a -> scope.exporterId().map(e -> e.equals(a.exporter().code().value())).orElse(true))
        .filter(a -> state == null || a.state().name().equals(state))
        .map(a -> new Clocked(a, a.state(), clock.read(a, today)))
        .filter(c -> !overdueOnly || c.clock().isOverdue())
        .toList();
  }

  public Clocked application(String id, AssayUser user) {
    Application a =
        applications
            .find(id)
            .filter(
                x ->
                    DataScope.of(user)
                        .exporterId()
                        .map(e -> e.equals(x.exporter().code().value()))
                        .orElse(true))
            .orElseThrow(() -> ApiException.notFound("application " + id));
    return new Clocked(a, a.state(), clock.read(a, LocalDate.now(StatutoryClock.CHINA)));
  }

  /**
   * Files an application from its YAML form (docs/licensing.md); an exporter files its own only.
   */
  public Clocked file(String name, String yaml, AssayUser user) {
    Application a;
    try {
      a = ApplicationFile.read(name, yaml, Instant.now());
    } catch (LicensingException | IllegalArgumentException e) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "the application is invalid: " + e.getMessage(),
          List.of(new ApiException.FieldError("body", e.getMessage())));
    }
    if (user.role() == Role.EXPORTER
        && !user.exporterId().orElse("").equals(a.exporter().code().value())) {
      throw ApiException.forbidden("exporter.id", "an exporter files applications for itself only");
    }
    try {
      applications.create(a);
    } catch (LicensingException e) {
      throw ApiException.conflict("id", e.getMessage());
    }
    audit.record(
        user.getUsername(),
        "APPLICATION_FILED",
        "application:" + a.id(),
        Map.of("exporter", a.exporter().code().value(), "type", a.licenseType()));
    return application(a.id(), user);
  }

  /** Exporters may submit or withdraw their own; the rest is the licensing officers'. */
  private static final Set<ApplicationState> EXPORTER_MAY =
      Set.of(ApplicationState.SUBMITTED, ApplicationState.WITHDRAWN);

  public Clocked transition(String id, String to, String reason, AssayUser user) {
    ApplicationState target;
    try {
      target = ApplicationState.valueOf(String.valueOf(to).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("to", "one of " + List.of(ApplicationState.values()));
    }
    Clocked current = application(id, user);
    if (user.role() == Role.EXPORTER && !EXPORTER_MAY.contains(target)) {
      throw ApiException.forbidden("to", "an exporter may only submit or withdraw");
    }
    if (reason != null && reason.length() > 4000) {
      throw ApiException.badField("reason", "at most 4000 characters");
    }
    try {
      applications.record(
          id,
          new ApplicationEvent.StateChanged(
              current.state(), target, user.getUsername(), Instant.now(), reason));
    } catch (LicensingException e) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          e.getMessage(),
          List.of(new ApiException.FieldError("to", e.getMessage())));
    }
    audit.record(
        user.getUsername(),
        "APPLICATION_" + target.name(),
        "application:" + id,
        Map.of("from", current.state(), "reason", reason == null ? "" : reason));
    return application(id, user);
  }
}
