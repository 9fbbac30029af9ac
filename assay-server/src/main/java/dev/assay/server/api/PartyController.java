package dev.assay.server.api;

import dev.assay.declaration.CountryCode;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.ScreeningHit;
import dev.assay.screening.ScreeningResult;
import dev.assay.screening.decisions.Decision;
import dev.assay.screening.decisions.DecisionKind;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.service.ScreeningEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Restricted-party lists, screening a party against them, and decisions on the matches. */
@RestController
@Tag(name = "Restricted parties")
public class PartyController {
  private final ScreeningEngine engine;
  private final AuditLog audit;

  public PartyController(ScreeningEngine engine, AuditLog audit) {
    this.engine = engine;
    this.audit = audit;
  }

  /** One list as shipped: id, title, version, how many entries. */
  public record ListSummary(
      String id, String title, LocalDate version, String source, int entries) {}

  @Operation(summary = "The restricted-party lists screened against")
  @GetMapping("/api/v1/lists")
  public List<ListSummary> lists() {
    return ShippedLists.chinese().stream()
        .map(
            (RestrictedList l) ->
                new ListSummary(l.id(), l.title(), l.version(), l.source(), l.entries().size()))
        .toList();
  }

  public record MatchRequest(String name, String country) {}

  /** One match as an officer sees it. */
  public record MatchView(
      String entry,
      String listedName,
      double score,
      String level,
      boolean raised,
      String decision,
      String decidedBy) {}

  public record MatchResult(String party, String partyKey, List<MatchView> matches) {}

  @Operation(summary = "Screen a party's name (and country) against the lists")
  @PostMapping("/api/v1/matches")
  public MatchResult match(@RequestBody MatchRequest body) {
    ScreenedParty party =
        party(body == null ? null : body.name(), body == null ? null : body.country());
    PartyScreening screening = engine.partyScreening();
    ScreeningResult result = screening.screen(party, LocalDate.now(ZoneOffset.UTC));
    return new MatchResult(
        party.name(),
        result.partyKey(),
        result.hits().stream().limit(50).map(PartyController::view).toList());
  }

  public record DecisionRequest(
      String name, String country, String entry, String decision, String reason) {}

  @Operation(
      summary =
          "Decide on a match: confirm, dismiss (a false positive) or escalate, with the reason",
      description = "A dismissed pair is not raised again until the party or the entry changes.")
  @PostMapping("/api/v1/matches/decisions")
  public ResponseEntity<Decision> decide(@RequestBody DecisionRequest body) {
    if (body == null) {
      throw ApiException.badField("decision", "confirm, dismiss or escalate");
    }
    ScreenedParty party = party(body.name(), body.country());
    DecisionKind kind =
        switch (String.valueOf(body.decision()).toLowerCase(Locale.ROOT)) {
          case "confirm", "confirmed" -> DecisionKind.CONFIRMED;
          case "dismiss", "dismissed" -> DecisionKind.DISMISSED;
          case "escalate", "escalated" -> DecisionKind.ESCALATED;
          default -> throw ApiException.badField("decision", "confirm, dismiss or escalate");
        };
    if (body.reason() == null || body.reason().isBlank() || body.reason().length() > 4000) {
      throw ApiException.badField("reason", "1 to 4000 characters: why");
    }
    if (body.entry() == null || body.entry().length() > 500) {
      throw ApiException.badField(
          "entry", "the list entry, list-id:entry-id as the match shows it");
    }
    String by = CurrentUser.get().getUsername();
    Decision d;
    try {
      d =
          engine
              .partyScreening()
              .decide(party, body.entry(), kind, by, body.reason(), Instant.now());
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("entry", e.getMessage());
    }
    audit.record(
        by,
        "MATCH_" + kind.name(),
        "entry:" + body.entry(),
        Map.of("party", party.name(), "reason", body.reason()));
    return ResponseEntity.status(HttpStatus.CREATED).body(d);
  }

  @Operation(summary = "Every decision recorded, oldest first")
  @GetMapping("/api/v1/matches/decisions")
  public List<Decision> decisions() {
    return engine.partyScreening().decisions().all();
  }

  private static ScreenedParty party(String name, String country) {
    if (name == null || name.isBlank() || name.length() > 500) {
      throw ApiException.badField("name", "the party's name, 1 to 500 characters");
    }
    if (country == null || country.isBlank()) {
      return ScreenedParty.named(name);
    }
    try {
      return ScreenedParty.of(name, CountryCode.parse(country));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("country", e.getMessage());
    }
  }

  private static MatchView view(ScreeningHit hit) {
    Optional<Decision> d = hit.decision();
    return new MatchView(
        hit.match().entry().key(),
        hit.match().entry().primaryName().text(),
        Math.round(hit.match().score() * 1000) / 1000.0,
        hit.match().level().name(),
        hit.raised(),
        d.map(x -> x.kind().name()).orElse(null),
        d.map(Decision::by).orElse(null));
  }
}
