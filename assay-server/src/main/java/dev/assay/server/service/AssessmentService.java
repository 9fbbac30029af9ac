package dev.assay.server.service;

import dev.assay.server.api.ApiException;
import dev.assay.server.api.PageResult;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.DataScope;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Listing assessments within the user's scope, and releasing or holding consignments. */
@Service
public class AssessmentService {
  private final AssessmentStore store;
  private final AuditLog audit;

  public AssessmentService(AssessmentStore store, AuditLog audit) {
    this.store = store;
    this.audit = audit;
  }

  public PageResult<AssessmentStore.Stored> list(
      AssessmentStore.Filter filter, AssayUser user, int page, int size, boolean byScore) {
    PageResult.check(page, size);
    DataScope scope = DataScope.of(user);
    scope.checkOffice(filter.office());
    scope.checkExporter(filter.exporter());
    return new PageResult<>(
        store.list(filter, scope, page, size, byScore), page, size, store.count(filter, scope));
  }

  /** One assessment in the user's scope; out of scope reads as not found (no probing of ids). */
  public AssessmentStore.Stored get(String declarationId, AssayUser user) {
    return store
        .find(declarationId)
        .filter(s -> DataScope.of(user).covers(s.customsOffice(), s.exporterId()))
        .orElseThrow(() -> ApiException.notFound("declaration " + declarationId));
  }

  /** Releases (RELEASED) or holds (HELD) a consignment, recorded in the audit log. */
  @Transactional
  public AssessmentStore.Stored decide(
      String declarationId, String to, String reason, AssayUser user) {
    if (reason != null && reason.length() > 2000) {
      throw ApiException.badField("reason", "at most 2000 characters");
    }
    AssessmentStore.Stored s = get(declarationId, user);
    boolean allowed =
        switch (to) {
          case "RELEASED" -> s.status().equals("OPEN") || s.status().equals("HELD");
          case "HELD" -> s.status().equals("OPEN");
          default -> false;
        };
    if (!allowed || !store.setStatus(declarationId, s.status(), to)) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "declaration " + declarationId + " is " + s.status() + "; it cannot become " + to,
          java.util.List.of(new ApiException.FieldError("status", "is " + s.status())));
    }
    audit.record(
        user.getUsername(),
        to.equals("RELEASED") ? "ASSESSMENT_RELEASED" : "ASSESSMENT_HELD",
        "declaration:" + declarationId,
        Map.of("from", s.status(), "lane", s.lane(), "reason", reason == null ? "" : reason));
    return store.find(declarationId).orElseThrow();
  }
}
