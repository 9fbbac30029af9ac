package dev.assay.server.rules;

import dev.assay.server.api.ApiException;
import dev.assay.server.api.CurrentUser;
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
 * Analyst rules through the API: draft (checked by the core's loader), activate (a second person),
 * deactivate, reject. Reading is open to every officer; changing to analysts and administrators
 * (SecurityConfig).
 */
@RestController
@Tag(name = "Analyst rules")
public class RuleController {
  private final AnalystRules rules;

  public RuleController(AnalystRules rules) {
    this.rules = rules;
  }

  /** The rules in force in the running engine, and the latest versions of every rule. */
  public record Rules(
      List<AnalystRules.StoredRule> inForce, List<AnalystRules.StoredRule> versions) {}

  @Operation(summary = "The analyst rules in force and every stored version (newest first)")
  @GetMapping("/api/v1/rules")
  public Rules list() {
    return new Rules(rules.active(), rules.list());
  }

  @Operation(summary = "One stored version of a rule")
  @GetMapping("/api/v1/rules/{version}")
  public AnalystRules.StoredRule get(@PathVariable long version) {
    return rules.find(version).orElseThrow(() -> ApiException.notFound("rule version " + version));
  }

  @Operation(
      summary = "Draft a rule (analysts, administrators)",
      description =
          "The rule's fields as in a rule file (docs/rules.md): id, description, expression (CEL),"
              + " finding, severity, validFrom, validTo, basis. Checked by the core's rule loader"
              + " (parsed, type-checked, cost bounded); a rule that would not load is a 400 naming"
              + " the field and the reason. Stored as DRAFT; not in force until a second person"
              + " activates it.")
  @PostMapping("/api/v1/rules")
  public ResponseEntity<AnalystRules.StoredRule> draft(
      @RequestBody(required = false) AnalystRules.Draft body) {
    AnalystRules.StoredRule r = rules.draft(CurrentUser.get().getUsername(), body);
    return ResponseEntity.created(URI.create("/api/v1/rules/" + r.version())).body(r);
  }

  @Operation(
      summary = "Activate a draft: in force for the next declaration screened",
      description =
          "Maker-checker: the person who drafted the rule may not activate it (403). An active"
              + " version of the same rule id is replaced.")
  @PostMapping("/api/v1/rules/{version}/activate")
  public AnalystRules.StoredRule activate(@PathVariable long version) {
    return rules.activate(CurrentUser.get().getUsername(), version);
  }

  @Operation(summary = "Take an active rule out of force")
  @PostMapping("/api/v1/rules/{version}/deactivate")
  public AnalystRules.StoredRule deactivate(@PathVariable long version) {
    return rules.deactivate(CurrentUser.get().getUsername(), version);
  }

  @Operation(summary = "Reject (or withdraw) a draft")
  @PostMapping("/api/v1/rules/{version}/reject")
  public AnalystRules.StoredRule reject(@PathVariable long version) {
    return rules.reject(CurrentUser.get().getUsername(), version);
  }
}
