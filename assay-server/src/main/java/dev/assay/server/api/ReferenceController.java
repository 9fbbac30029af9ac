package dev.assay.server.api;

import dev.assay.controllist.Measure;
import dev.assay.server.intelligence.Announcements;
import dev.assay.server.service.ScreeningEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control list screening runs on: its measures, and the announcements that change it under
 * maker-checker (the same service as the administrators' announcements page).
 */
@RestController
@Tag(name = "Reference data")
public class ReferenceController {
  private final ScreeningEngine engine;
  private final Announcements announcements;

  public ReferenceController(ScreeningEngine engine, Announcements announcements) {
    this.engine = engine;
    this.announcements = announcements;
  }

  /** The control list version and its measures. */
  public record Measures(String version, List<Measure> measures) {}

  @Operation(summary = "The control list's measures (announcements, dates, items, suspensions)")
  @GetMapping("/api/v1/measures")
  public Measures measures() {
    return new Measures(engine.controlList().version(), engine.controlList().measures());
  }

  @GetMapping("/api/v1/measures/{id}")
  public Measure measure(@PathVariable String id) {
    return engine
        .controlList()
        .measure(id)
        .orElseThrow(() -> ApiException.notFound("measure " + id));
  }

  /** A new measure file, as the announcements page takes it. */
  public record NewAnnouncement(String fileName, String yaml) {}

  @Operation(summary = "Control-list announcements under maker-checker (administrators)")
  @GetMapping("/api/v1/measures/announcements")
  public List<Announcements.Announcement> announcements() {
    return announcements.list();
  }

  @Operation(
      summary = "Propose a control-list announcement (administrators)",
      description =
          "A measure file in the shipped format, checked by the core's control-list loader with"
              + " the shipped list and the approved announcements, and backtested on the newest"
              + " stored declarations. PENDING until a second administrator approves it.")
  @PostMapping("/api/v1/measures/announcements")
  public ResponseEntity<Announcements.Announcement> propose(
      @RequestBody(required = false) NewAnnouncement body) {
    Announcements.Announcement a =
        announcements.propose(
            CurrentUser.get().getUsername(),
            body == null ? null : body.fileName(),
            body == null ? null : body.yaml());
    return ResponseEntity.created(URI.create("/api/v1/measures/announcements/" + a.id())).body(a);
  }

  @Operation(summary = "Approve a pending announcement: in force from then on (not its maker)")
  @PostMapping("/api/v1/measures/announcements/{id}/approve")
  public Announcements.Announcement approve(@PathVariable long id) {
    return announcements.approve(CurrentUser.get().getUsername(), id);
  }

  @Operation(summary = "Reject a pending announcement")
  @PostMapping("/api/v1/measures/announcements/{id}/reject")
  public Announcements.Announcement reject(@PathVariable long id) {
    return announcements.reject(CurrentUser.get().getUsername(), id);
  }
}
