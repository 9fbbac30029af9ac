package dev.assay.server.web;

import dev.assay.ingest.Format;
import dev.assay.server.api.ApiException;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.service.BatchService;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk officer's batch upload: a file of declarations (the flat CSV of the import contract or
 * NDJSON) becomes a job of the same BatchService as {@code POST /api/v1/batches} (stored before it
 * is acknowledged; the same file again is the same job). The job's page polls its progress with
 * htmx until it is done, and lists the records that could not be screened with field and reason.
 */
@Controller
public class BatchPages {
  /** The same bound as the API's. */
  static final int MAX_BYTES = 32 << 20;

  /** Failed records listed on the page; all of them are in the API's errors resource. */
  static final int ERRORS_LISTED = 100;

  private final BatchService batches;
  private final JdbcClient jdbc;

  public BatchPages(BatchService batches, JdbcClient jdbc) {
    this.batches = batches;
    this.jdbc = jdbc;
  }

  /** A job with what the page shows of it. */
  public record JobView(BatchService.Job job, List<BatchService.RecordFailure> failures) {
    public boolean finished() {
      return job.status().equals("DONE") || job.status().equals("FAILED");
    }

    /** Percent done, 0 while the total is not yet known. */
    public int percent() {
      return job.total() <= 0 ? 0 : (int) Math.min(100, 100L * job.processed() / job.total());
    }
  }

  @GetMapping("/risk/batches")
  String list(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    List<BatchService.Job> mine =
        jdbc
            .sql(
                "SELECT id FROM batch_job WHERE submitted_by = ? OR ? ORDER BY submitted_at DESC"
                    + " FETCH FIRST 50 ROWS ONLY")
            .params(user.getUsername(), user.role() == Role.ADMIN)
            .query(String.class)
            .list()
            .stream()
            .map(batches::find)
            .flatMap(Optional::stream)
            .toList();
    model.addAttribute("shell", new Shell(user, csrf, "Batches", "/risk/batches"));
    model.addAttribute("jobs", mine);
    return "risk/batches";
  }

  @PostMapping("/risk/batches")
  String upload(
      @AuthenticationPrincipal AssayUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes flash)
      throws IOException {
    if (file == null || file.isEmpty()) {
      flash.addFlashAttribute("error", "Choose a file of declarations (CSV or NDJSON).");
      return "redirect:/risk/batches";
    }
    if (file.getSize() > MAX_BYTES) {
      flash.addFlashAttribute("error", "The file is larger than " + (MAX_BYTES >> 20) + " MB.");
      return "redirect:/risk/batches";
    }
    byte[] content = file.getBytes();
    BatchService.Submitted submitted;
    try {
      submitted =
          batches.submit(content, format(file.getOriginalFilename(), content), user.getUsername());
    } catch (ApiException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/risk/batches";
    }
    if (submitted.existing()) {
      flash.addFlashAttribute(
          "message",
          "This file was submitted before: the same job is shown, nothing screened twice.");
    }
    return "redirect:/risk/batches/" + submitted.job().id();
  }

  @GetMapping("/risk/batches/{id}")
  String job(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") String id,
      Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Batch", "/risk/batches"));
    model.addAttribute("view", view(user, id));
    return "risk/batch";
  }

  /** The progress panel alone, for htmx to swap in while the job runs. */
  @GetMapping("/risk/batches/{id}/progress")
  String progress(
      @AuthenticationPrincipal AssayUser user, @PathVariable("id") String id, Model model) {
    model.addAttribute("view", view(user, id));
    return "risk/batchProgress";
  }

  private JobView view(AssayUser user, String id) {
    BatchService.Job job =
        batches
            .find(id)
            .filter(j -> j.submittedBy().equals(user.getUsername()) || user.role() == Role.ADMIN)
            .orElseThrow(
                () ->
                    new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "no such batch"));
    return new JobView(job, batches.failures(id, 0, ERRORS_LISTED));
  }

  /** By the file's name; failing that, NDJSON when the content starts as a JSON object does. */
  static Format format(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json")) {
      return Format.NDJSON;
    }
    for (byte b : content) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b == '{' ? Format.NDJSON : Format.CSV;
      }
    }
    return Format.CSV;
  }
}
