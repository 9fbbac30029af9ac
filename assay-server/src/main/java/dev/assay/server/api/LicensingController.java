package dev.assay.server.api;

import dev.assay.license.Drawdown;
import dev.assay.license.ItemBalance;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.LicensingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Licenses (with drawdown and history) and license applications (with the statutory clock). */
@RestController
@Tag(name = "Licensing")
public class LicensingController {
  private final LicensingService licensing;

  public LicensingController(LicensingService licensing) {
    this.licensing = licensing;
  }

  @Operation(summary = "List licenses (exporters: their own), optionally by status")
  @GetMapping("/api/v1/licenses")
  public PageResult<License> licenses(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    PageResult.check(page, size);
    List<License> all = licensing.licenses(CurrentUser.get(), status);
    return page(all, page, size);
  }

  /** A license with what was drawn on it and its history. */
  public record LicenseDetail(
      License license,
      List<ItemBalance> balances,
      List<Drawdown> drawdowns,
      List<LicenseChange> history) {}

  @GetMapping("/api/v1/licenses/{number}")
  public LicenseDetail license(@PathVariable String number) {
    License l = licensing.license(number, CurrentUser.get());
    var repo = licensing.repository();
    return new LicenseDetail(
        l, repo.balances(number), repo.drawdowns(number), repo.history(number));
  }

  public record StatusChange(String status, String reason) {}

  @Operation(summary = "Suspend, reinstate or revoke a license, with the reason")
  @PostMapping("/api/v1/licenses/{number}/status")
  public License changeStatus(@PathVariable String number, @RequestBody StatusChange body) {
    if (body == null) {
      throw ApiException.badField("status", "one of VALID, SUSPENDED, REVOKED");
    }
    return licensing.changeStatus(number, body.status(), body.reason(), CurrentUser.get());
  }

  @Operation(
      summary = "The application inbox",
      description = "With each application's statutory clock; overdue=true for the overdue only.")
  @GetMapping("/api/v1/applications")
  public PageResult<LicensingService.Clocked> applications(
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    PageResult.check(page, size);
    return page(licensing.applications(CurrentUser.get(), state, overdue), page, size);
  }

  @GetMapping("/api/v1/applications/{id}")
  public LicensingService.Clocked application(@PathVariable String id) {
    return licensing.application(id, CurrentUser.get());
  }

  @Operation(
      summary = "File an application",
      description =
          "The body is the application file (YAML, docs/licensing.md). Exporters file their own.")
  @PostMapping(
      path = "/api/v1/applications",
      consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
  public ResponseEntity<LicensingService.Clocked> file(HttpServletRequest request)
      throws IOException {
    byte[] body = Bodies.read(request, 256 * 1024);
    AssayUser user = CurrentUser.get();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(licensing.file("request", new String(body, StandardCharsets.UTF_8), user));
  }

  public record Transition(String to, String reason) {}

  @Operation(
      summary =
          "Move an application: submit, accept for review, approve, deny (with reason), withdraw")
  @PostMapping("/api/v1/applications/{id}/transition")
  public LicensingService.Clocked transition(
      @PathVariable String id, @RequestBody Transition body) {
    if (body == null) {
      throw ApiException.badField("to", "the state to move to");
    }
    return licensing.transition(id, body.to(), body.reason(), CurrentUser.get());
  }

  private static <T> PageResult<T> page(List<T> all, int page, int size) {
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    return new PageResult<>(all.subList(from, to), page, size, all.size());
  }
}
