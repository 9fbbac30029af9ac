package dev.assay.server.api;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.service.AssessmentService;
import dev.assay.server.service.AssessmentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assessments and the alert queue, filtered and paged, within the caller's scope. */
@RestController
@Tag(name = "Assessments and alerts")
public class AssessmentController {
  private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
  private static final Pattern OFFICE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

  private final AssessmentService assessments;

  public AssessmentController(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @Operation(
      summary = "List assessments",
      description =
          "Filters: lane (repeatable), office, from/to (declaration date, inclusive), code"
              + " (finding code), exporter (USCC), status (OPEN, RELEASED, HELD). Newest first."
              + " Risk officers see their offices only, exporters their own declarations without"
              + " scores or findings.")
  @GetMapping("/api/v1/assessments")
  public PageResult<AssessmentView> list(
      @RequestParam(required = false) List<String> lane,
      @RequestParam(required = false) String office,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String exporter,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    AssessmentStore.Filter filter = filter(lane, office, from, to, code, exporter, status);
    return view(assessments.list(filter, CurrentUser.get(), page, size, false));
  }

  @Operation(
      summary = "The alert queue",
      description =
          "Open RED and YELLOW assessments (or the lanes given), highest score first, with the"
              + " same filters as the assessments. Risk officers see their offices only.")
  @GetMapping("/api/v1/alerts")
  public PageResult<AssessmentView> alerts(
      @RequestParam(required = false) List<String> lane,
      @RequestParam(required = false) String office,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String exporter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    List<String> lanes = lane == null || lane.isEmpty() ? List.of("RED", "YELLOW") : lane;
    AssessmentStore.Filter filter = filter(lanes, office, from, to, code, exporter, "OPEN");
    return view(assessments.list(filter, CurrentUser.get(), page, size, true));
  }

  @Operation(summary = "One assessment with its declaration's findings")
  @GetMapping("/api/v1/assessments/{id}")
  public AssessmentView get(@PathVariable String id) {
    AssayUser user = CurrentUser.get();
    return AssessmentView.of(assessments.get(id, user), user.role() != Role.EXPORTER);
  }

  /** Why a consignment is released or held. */
  public record Decision(String reason) {}

  @Operation(summary = "Release the consignment (risk officers, own offices)")
  @PostMapping("/api/v1/assessments/{id}/release")
  public AssessmentView release(
      @PathVariable String id, @RequestBody(required = false) Decision body) {
    return AssessmentView.of(
        assessments.decide(id, "RELEASED", body == null ? null : body.reason(), CurrentUser.get()),
        true);
  }

  @Operation(summary = "Hold the consignment for inspection (risk officers, own offices)")
  @PostMapping("/api/v1/assessments/{id}/hold")
  public AssessmentView hold(
      @PathVariable String id, @RequestBody(required = false) Decision body) {
    return AssessmentView.of(
        assessments.decide(id, "HELD", body == null ? null : body.reason(), CurrentUser.get()),
        true);
  }

  private static PageResult<AssessmentView> view(PageResult<AssessmentStore.Stored> page) {
    boolean full = CurrentUser.get().role() != Role.EXPORTER;
    return new PageResult<>(
        page.items().stream().map(s -> AssessmentView.of(s, full)).toList(),
        page.page(),
        page.size(),
        page.total());
  }

  static AssessmentStore.Filter filter(
      List<String> lane,
      String office,
      LocalDate from,
      LocalDate to,
      String code,
      String exporter,
      String status) {
    Set<String> lanes = new LinkedHashSet<>();
    if (lane != null) {
      for (String l : lane) {
        try {
          lanes.add(Lane.valueOf(l.toUpperCase(Locale.ROOT)).name());
        } catch (IllegalArgumentException e) {
          throw ApiException.badField("lane", "one of RED, YELLOW, GREEN, BLUE; got '" + l + "'");
        }
      }
    }
    if (office != null && !OFFICE.matcher(office).matches()) {
      throw ApiException.badField("office", "a customs office code of 1 to 16 letters or digits");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badField("to", "before from");
    }
    String findingCode = null;
    if (code != null) {
      try {
        findingCode = FindingCode.valueOf(code.toUpperCase(Locale.ROOT)).name();
      } catch (IllegalArgumentException e) {
        throw ApiException.badField("code", "not a finding code: '" + code + "'");
      }
    }
    if (exporter != null && !USCC.matcher(exporter).matches()) {
      throw ApiException.badField("exporter", "an 18-character unified social credit code");
    }
    if (status != null && !Set.of("OPEN", "RELEASED", "HELD").contains(status)) {
      throw ApiException.badField("status", "one of OPEN, RELEASED, HELD");
    }
    return new AssessmentStore.Filter(lanes, office, from, to, findingCode, exporter, status);
  }
}
