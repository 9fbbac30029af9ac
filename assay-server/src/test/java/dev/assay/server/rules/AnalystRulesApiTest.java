package dev.assay.server.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.service.ScreeningEngine;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Rules through the API: a draft the core's loader refuses is a 400 naming the field; the maker
 * cannot activate; a second person's activation puts the rule in the running engine (the next
 * declaration screened carries its finding) and deactivation takes it out; every step is audited.
 */
@ServerTest
class AnalystRulesApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired AuditLog audit;
  @Autowired ScreeningEngine engine;

  private AssayUser user(String name, Role role) {
    if (!users.exists(name)) {
      users.create(name, TestUsers.PASSWORD, role, Set.of("4900", "5316"), null);
    }
    return users.find(name).orElseThrow().withoutPassword();
  }

  private ResultActions post(AssayUser as, String path, String body) throws Exception {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(SecurityMockMvcRequestPostProcessors.user(as))
            .with(csrf());
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private static String rule(String id, String expression) {
    return """
        {"id":"%s","description":"test rule","expression":"%s","finding":"TRANSSHIPMENT_RISK",
         "severity":"LOW","basis":"test memo"}"""
        .formatted(id, expression);
  }

  /** Screens a copy of the first example declaration under a new id; its findings' rule ids. */
  private JsonNode screen(AssayUser as, String id) throws Exception {
    String declaration =
        TestUsers.exampleDeclarations().get(0).replace("\"D-2025-0001\"", "\"" + id + "\"");
    String body =
        post(as, "/api/v1/screen", declaration)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(body).path("findings");
  }

  private static boolean hasRule(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (rule.equals(f.path("evidence").path("rule").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aDraftTheLoaderRefusesIsA400NamingTheField() throws Exception {
    AssayUser analyst = user("rules-maker-1", Role.ANALYST);
    post(analyst, "/api/v1/rules", rule("typo", "declaration.destinaton == 'HK'"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("expression"))
        .andExpect(
            jsonPath("$.errors[0].reason")
                .value(org.hamcrest.Matchers.containsString("destinaton")));
    post(analyst, "/api/v1/rules", rule("not-bool", "declaration.line_count"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("expression"));
    post(analyst, "/api/v1/rules", rule("bad-code", "true").replace("TRANSSHIPMENT_RISK", "NOPE"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("finding"));
    post(analyst, "/api/v1/rules", rule("no basis", "true"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    post(analyst, "/api/v1/rules", rule("no-basis", "true").replace("test memo", ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("basis"));
    // Nothing refused was stored.
    assertThat(audit.latest("rule:typo", 5)).isEmpty();
  }

  @Test
  void aSecondPersonActivatesTheEngineAppliesItAndDeactivationTakesItOut() throws Exception {
    AssayUser maker = user("rules-maker-2", Role.ANALYST);
    AssayUser checker = user("rules-checker-2", Role.ADMIN);
    AssayUser officer = user("rules-officer-2", Role.RISK_OFFICER);
    String body =
        post(maker, "/api/v1/rules", rule("ruletest-ids", "declaration.id.startsWith('RULETEST-')"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long version = JSON.readTree(body).path("version").asLong();

    // A draft is not in force.
    assertThat(hasRule(screen(officer, "RULETEST-1"), "ruletest-ids")).isFalse();

    // The maker may not activate it; the refusal is audited.
    post(maker, "/api/v1/rules/" + version + "/activate", null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors[0].field").value("checker"));
    assertThat(audit.latest("rule:ruletest-ids", 10))
        .extracting(AuditLog.Entry::action)
        .contains("RULE_DRAFTED", "RULE_ACTIVATION_REFUSED");

    post(checker, "/api/v1/rules/" + version + "/activate", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.checker").value("rules-checker-2"));
    assertThat(engine.rules().rules()).extracting(r -> r.id()).contains("ruletest-ids");
    mvc.perform(get("/api/v1/rules").with(SecurityMockMvcRequestPostProcessors.user(officer)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.inForce[*].id").value(org.hamcrest.Matchers.hasItem("ruletest-ids")));
    JsonNode findings = screen(officer, "RULETEST-2");
    assertThat(hasRule(findings, "ruletest-ids")).isTrue();
    // Activating it twice is a conflict, not a second activation.
    post(checker, "/api/v1/rules/" + version + "/activate", null).andExpect(status().isConflict());

    post(maker, "/api/v1/rules/" + version + "/deactivate", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("INACTIVE"));
    assertThat(hasRule(screen(officer, "RULETEST-3"), "ruletest-ids")).isFalse();
    assertThat(audit.latest("rule:ruletest-ids", 10))
        .extracting(AuditLog.Entry::action)
        .contains("RULE_ACTIVATED", "RULE_DEACTIVATED");
  }

  @Test
  void aNewVersionReplacesTheActiveOneAndARejectedDraftNeverRuns() throws Exception {
    AssayUser maker = user("rules-maker-3", Role.ANALYST);
    AssayUser checker = user("rules-checker-3", Role.ANALYST);
    long v1 = draft(maker, rule("versioned", "declaration.id == 'never-1'"));
    post(checker, "/api/v1/rules/" + v1 + "/activate", null).andExpect(status().isOk());
    long v2 = draft(maker, rule("versioned", "declaration.id == 'never-2'"));
    post(checker, "/api/v1/rules/" + v2 + "/activate", null).andExpect(status().isOk());
    mvc.perform(get("/api/v1/rules/" + v1).with(SecurityMockMvcRequestPostProcessors.user(maker)))
        .andExpect(jsonPath("$.status").value("INACTIVE"));
    assertThat(engine.rules().rules())
        .filteredOn(r -> r.id().equals("versioned"))
        .singleElement()
        .satisfies(r -> assertThat(r.expression()).contains("never-2"));
    long v3 = draft(maker, rule("rejected", "true"));
    post(maker, "/api/v1/rules/" + v3 + "/reject", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REJECTED"));
    post(checker, "/api/v1/rules/" + v3 + "/activate", null).andExpect(status().isConflict());
    assertThat(engine.rules().rules()).extracting(r -> r.id()).doesNotContain("rejected");
    post(checker, "/api/v1/rules/" + v2 + "/deactivate", null).andExpect(status().isOk());
  }

  private long draft(AssayUser as, String json) throws Exception {
    return JSON.readTree(
            post(as, "/api/v1/rules", json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .path("version")
        .asLong();
  }
}
