package dev.assay.server.api;

import dev.assay.ingest.Format;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.DataScope;
import dev.assay.server.security.Role;
import dev.assay.server.service.AssessmentStore;
import dev.assay.server.service.BatchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batch screening: upload, progress, per-record errors, results. */
@RestController
@Tag(name = "Batches")
public class BatchController {
  /** The largest upload: some 100,000 declaration lines. */
  static final int MAX_BATCH_BYTES = 32 << 20;

  private final BatchService batches;
  private final AssessmentStore assessments;

  public BatchController(BatchService batches, AssessmentStore assessments) {
    this.batches = batches;
    this.assessments = assessments;
  }

  @Operation(
      summary = "Submit a batch of declarations",
      description =
          "The body is the declarations: CSV (Content-Type text/csv, the flat import contract) or"
              + " NDJSON (application/x-ndjson, one nested declaration per line). The content is"
              + " stored before the answer (202 with the job), so nothing accepted is lost; the"
              + " same content submitted again answers the same job (200, Assay-Replayed: true).")
  @PostMapping(
      path = "/api/v1/batches",
      consumes = {"text/csv", "application/x-ndjson", "application/jsonl"})
  public ResponseEntity<BatchService.Job> submit(HttpServletRequest request) throws IOException {
    String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
    Format format = type.startsWith("text/csv") ? Format.CSV : Format.NDJSON;
    byte[] body = Bodies.read(request, MAX_BATCH_BYTES);
    if (body.length == 0) {
      throw ApiException.badField("body", "empty: send the declarations");
    }
    BatchService.Submitted submitted =
        batches.submit(body, format, CurrentUser.get().getUsername());
    return ResponseEntity.status(submitted.existing() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .location(URI.create("/api/v1/batches/" + submitted.job().id()))
        .header("Assay-Replayed", Boolean.toString(submitted.existing()))
        .body(submitted.job());
  }

  @Operation(summary = "A batch's progress: status, records processed and failed")
  @GetMapping("/api/v1/batches/{id}")
  public BatchService.Job get(@PathVariable String id) {
    return visible(id);
  }

  @Operation(summary = "The records of a batch that could not be screened, with field and reason")
  @GetMapping("/api/v1/batches/{id}/errors")
  public PageResult<BatchService.RecordFailure> errors(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    PageResult.check(page, size);
    BatchService.Job job = visible(id);
    return new PageResult<>(batches.failures(id, page * size, size), page, size, job.failed());
  }

  @Operation(
      summary = "A batch's assessments as JSON Lines",
      description = "The same lines as assay screen writes, in the order of the batch's records.")
  @GetMapping(path = "/api/v1/batches/{id}/results", produces = "application/x-ndjson")
  public void results(@PathVariable String id, HttpServletResponse response) throws IOException {
    visible(id);
    DataScope scope = DataScope.of(CurrentUser.get());
    response.setContentType("application/x-ndjson");
    response.setCharacterEncoding("UTF-8");
    OutputStream out = response.getOutputStream();
    int offset = 0;
    while (true) {
      // A page of ids at a time: memory stays flat whatever the batch's size.
      List<String> ids = batches.declarationIds(id, offset, 500);
      for (String declarationId : ids) {
        var stored = assessments.find(declarationId);
        if (stored.isPresent()
            && scope.covers(stored.get().customsOffice(), stored.get().exporterId())) {
          out.write(stored.get().resultJson().getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
      }
      if (ids.size() < 500) {
        break;
      }
      offset += 500;
    }
  }

  /** A batch is seen by whoever submitted it, analysts and administrators. */
  private BatchService.Job visible(String id) {
    AssayUser user = CurrentUser.get();
    return batches
        .find(id)
        .filter(
            job ->
                job.submittedBy().equals(user.getUsername())
                    || user.role() == Role.ADMIN
                    || user.role() == Role.ANALYST)
        .orElseThrow(() -> ApiException.notFound("batch " + id));
  }
}
