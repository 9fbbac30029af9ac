package dev.assay.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.AssessmentService;
import dev.assay.server.service.AssessmentStore;
import dev.assay.server.service.CaseService;
import dev.assay.server.service.ReferralPdf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases: open from an alert, assign, notes, attachments' metadata, outcome, referral. */
@RestController
@Tag(name = "Cases")
public class CaseController {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseService cases;
  private final AssessmentService assessments;
  private final ReferralPdf referral;

  public CaseController(CaseService cases, AssessmentService assessments, ReferralPdf referral) {
    this.cases = cases;
    this.assessments = assessments;
    this.referral = referral;
  }

  public record OpenRequest(String declarationId) {}

  public record AssignRequest(String assignee) {}

  public record NoteRequest(String body) {}

  public record AttachmentRequest(
      String fileName, String contentType, long sizeBytes, String sha256) {}

  @Operation(summary = "Open a case from an alert (risk officers, own offices)")
  @PostMapping("/api/v1/cases")
  public ResponseEntity<CaseService.CaseFile> open(@RequestBody OpenRequest body) {
    if (body == null || body.declarationId() == null || body.declarationId().isBlank()) {
      throw ApiException.badField("declarationId", "the declaration of the alert");
    }
    CaseService.CaseFile c = cases.open(body.declarationId(), CurrentUser.get());
    return ResponseEntity.status(HttpStatus.CREATED)
        .header(HttpHeaders.LOCATION, "/api/v1/cases/" + c.id())
        .body(c);
  }

  @Operation(summary = "List cases, newest first (status OPEN, CLOSED, REFERRED; office)")
  @GetMapping("/api/v1/cases")
  public PageResult<CaseService.CaseFile> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String office,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    PageResult.check(page, size);
    if (status != null && !Set.of("OPEN", "CLOSED", "REFERRED").contains(status)) {
      throw ApiException.badField("status", "one of OPEN, CLOSED, REFERRED");
    }
    List<CaseService.CaseFile> items = cases.list(status, office, CurrentUser.get(), page, size);
    return new PageResult<>(items, page, size, -1);
  }

  @GetMapping("/api/v1/cases/{id}")
  public CaseService.CaseFile get(@PathVariable long id) {
    return cases.get(id, CurrentUser.get());
  }

  @PostMapping("/api/v1/cases/{id}/assign")
  public CaseService.CaseFile assign(@PathVariable long id, @RequestBody AssignRequest body) {
    return cases.assign(id, body == null ? null : body.assignee(), CurrentUser.get());
  }

  @PostMapping("/api/v1/cases/{id}/notes")
  public ResponseEntity<CaseService.Note> note(
      @PathVariable long id, @RequestBody NoteRequest body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(cases.note(id, body == null ? null : body.body(), CurrentUser.get()));
  }

  @GetMapping("/api/v1/cases/{id}/notes")
  public List<CaseService.Note> notes(@PathVariable long id) {
    return cases.notes(id, CurrentUser.get());
  }

  @Operation(
      summary = "Record an attachment's metadata",
      description = "Name, type, size and SHA-256 only: the file stays in the records system.")
  @PostMapping("/api/v1/cases/{id}/attachments")
  public ResponseEntity<CaseService.Attachment> attach(
      @PathVariable long id, @RequestBody AttachmentRequest body) {
    if (body == null) {
      throw ApiException.badField("body", "the attachment's metadata");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            cases.attach(
                id,
                body.fileName(),
                body.contentType(),
                body.sizeBytes(),
                body.sha256(),
                CurrentUser.get()));
  }

  @GetMapping("/api/v1/cases/{id}/attachments")
  public List<CaseService.Attachment> attachments(@PathVariable long id) {
    return cases.attachments(id, CurrentUser.get());
  }

  @Operation(
      summary = "Record the inspection outcome and close the case",
      description =
          "outcome CLEAN, IRREGULARITY or SEIZED; typology for the last two; quantity, unit and"
              + " valueUsd for SEIZED. The outcome is taught to the screening engine and is a"
              + " label for assay ml train --db.")
  @PostMapping("/api/v1/cases/{id}/outcome")
  public CaseService.CaseFile outcome(
      @PathVariable long id, @RequestBody CaseService.OutcomeRequest body) {
    if (body == null) {
      throw ApiException.badField("outcome", "one of CLEAN, IRREGULARITY, SEIZED");
    }
    return cases.recordOutcome(id, body, CurrentUser.get());
  }

  @Operation(summary = "Refer a closed case with an irregularity or seizure to the police")
  @PostMapping("/api/v1/cases/{id}/referral")
  public CaseService.CaseFile refer(@PathVariable long id) {
    return cases.refer(id, CurrentUser.get());
  }

  @Operation(summary = "The referral document (PDF)")
  @GetMapping(path = "/api/v1/cases/{id}/referral.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> referralPdf(@PathVariable long id) {
    AssayUser user = CurrentUser.get();
    CaseService.CaseFile c = cases.get(id, user);
    if (c.referredAt() == null) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "case " + id + " has not been referred",
          List.of(new ApiException.FieldError("status", "is " + c.status())));
    }
    AssessmentStore.Stored a = assessments.get(c.declarationId(), user);
    byte[] pdf = referral.render(c, a, findings(a.resultJson()), cases.notes(id, user));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"referral-case-" + id + ".pdf\"")
        .body(pdf);
  }

  /** Code, message and basis of each finding of an assessment's JSON. */
  static List<String[]> findings(String resultJson) {
    List<String[]> out = new ArrayList<>();
    try {
      JsonNode root = JSON.readTree(resultJson);
      for (JsonNode f : root.path("findings")) {
        out.add(
            new String[] {
              f.path("code").asText(), f.path("message").asText(), f.path("basis").asText()
            });
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored assessment is not JSON", e);
    }
    return out;
  }
}
