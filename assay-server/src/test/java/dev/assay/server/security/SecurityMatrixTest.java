package dev.assay.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role (and anonymous, and an API token) against every endpoint and page: each denial is
 * asserted (401 for no credentials, 403 for a role without the right) and so is each grant (the
 * request got past security: any status but 401 and 403; a bare request may still be a 400 or 404
 * further in). Session requests carry a CSRF token so that this walks authorisation only; CSRF
 * itself is tested in LoginTest and ScreenApiTest.
 */
@ServerTest
class SecurityMatrixTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;

  /** Who calls. */
  enum Caller {
    ANONYMOUS,
    RISK_OFFICER,
    LICENSING_OFFICER,
    ANALYST,
    EXPORTER,
    ADMIN,
    /** A bearer token of a risk officer (a clearance system): the API as that role, no pages. */
    RISK_TOKEN
  }

  private static final Set<Caller> ALL_ROLES =
      EnumSet.of(
          Caller.RISK_OFFICER,
          Caller.LICENSING_OFFICER,
          Caller.ANALYST,
          Caller.EXPORTER,
          Caller.ADMIN);

  record Endpoint(
      HttpMethod method, String path, String contentType, String body, Set<Caller> granted) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static Set<Caller> roles(Caller... callers) {
    return EnumSet.copyOf(List.of(callers));
  }

  /** The same roles, and the risk officer's token where the risk officer is granted the API. */
  private static Set<Caller> api(Caller... callers) {
    Set<Caller> out = roles(callers);
    if (out.contains(Caller.RISK_OFFICER)) {
      out.add(Caller.RISK_TOKEN);
    }
    return out;
  }

  private static final String JSON = "application/json";

  static List<Endpoint> endpoints() {
    Caller r = Caller.RISK_OFFICER;
    Caller l = Caller.LICENSING_OFFICER;
    Caller a = Caller.ANALYST;
    Caller e = Caller.EXPORTER;
    Caller ad = Caller.ADMIN;
    HttpMethod get = HttpMethod.GET;
    HttpMethod post = HttpMethod.POST;
    List<Endpoint> list = new ArrayList<>();
    // Screening and batches.
    list.add(new Endpoint(post, "/api/v1/screen", JSON, "{}", api(r, a, ad)));
    list.add(new Endpoint(post, "/api/v1/batches", "application/x-ndjson", "", api(r, a, ad)));
    list.add(new Endpoint(get, "/api/v1/batches/none", null, null, api(r, a, ad)));
    list.add(new Endpoint(get, "/api/v1/batches/none/errors", null, null, api(r, a, ad)));
    list.add(new Endpoint(get, "/api/v1/batches/none/results", null, null, api(r, a, ad)));
    // Assessments and alerts.
    list.add(new Endpoint(get, "/api/v1/assessments", null, null, api(r, a, e, ad)));
    list.add(new Endpoint(get, "/api/v1/assessments/none", null, null, api(r, a, e, ad)));
    list.add(new Endpoint(post, "/api/v1/assessments/none/release", JSON, "{}", api(r, ad)));
    list.add(new Endpoint(post, "/api/v1/assessments/none/hold", JSON, "{}", api(r, ad)));
    list.add(new Endpoint(get, "/api/v1/alerts", null, null, api(r, a, ad)));
    // Cases.
    list.add(new Endpoint(get, "/api/v1/cases", null, null, api(r, a, ad)));
    list.add(new Endpoint(get, "/api/v1/cases/999999", null, null, api(r, a, ad)));
    list.add(new Endpoint(post, "/api/v1/cases", JSON, "{}", api(r, ad)));
    for (String step : List.of("assign", "notes", "attachments", "outcome")) {
      list.add(new Endpoint(post, "/api/v1/cases/999999/" + step, JSON, "{}", api(r, ad)));
    }
    list.add(new Endpoint(post, "/api/v1/cases/999999/referral", JSON, "{}", api(r, ad)));
    list.add(new Endpoint(get, "/api/v1/cases/999999/notes", null, null, api(r, a, ad)));
    list.add(new Endpoint(get, "/api/v1/cases/999999/referral.pdf", null, null, api(r, a, ad)));
    // Licensing.
    list.add(new Endpoint(get, "/api/v1/licenses", null, null, api(l, a, e, ad)));
    list.add(new Endpoint(get, "/api/v1/licenses/none", null, null, api(l, a, e, ad)));
    list.add(new Endpoint(post, "/api/v1/licenses/none/status", JSON, "{}", api(l, ad)));
    list.add(new Endpoint(get, "/api/v1/applications", null, null, api(l, a, e, ad)));
    list.add(new Endpoint(get, "/api/v1/applications/none", null, null, api(l, a, e, ad)));
    list.add(new Endpoint(post, "/api/v1/applications", "application/yaml", "x", api(l, e, ad)));
    list.add(new Endpoint(post, "/api/v1/applications/none/transition", JSON, "{}", api(l, e, ad)));
    // Reference data.
    list.add(new Endpoint(get, "/api/v1/measures", null, null, api(r, l, a, ad)));
    list.add(new Endpoint(get, "/api/v1/measures/none", null, null, api(r, l, a, ad)));
    list.add(new Endpoint(get, "/api/v1/rules", null, null, api(r, l, a, ad)));
    // Restricted parties.
    list.add(new Endpoint(get, "/api/v1/lists", null, null, api(l, a, ad)));
    list.add(new Endpoint(post, "/api/v1/matches", JSON, "{}", api(l, a, ad)));
    list.add(new Endpoint(get, "/api/v1/matches/decisions", null, null, api(l, a, ad)));
    list.add(new Endpoint(post, "/api/v1/matches/decisions", JSON, "{}", api(l, a, ad)));
    // Users, tokens, audit.
    list.add(new Endpoint(get, "/api/v1/users", null, null, api(ad)));
    list.add(new Endpoint(post, "/api/v1/users", JSON, "{}", api(ad)));
    list.add(new Endpoint(get, "/api/v1/tokens", null, null, api(r, l, a, e, ad)));
    list.add(new Endpoint(post, "/api/v1/tokens", JSON, "{}", api(r, l, a, e, ad)));
    list.add(
        new Endpoint(HttpMethod.DELETE, "/api/v1/tokens/none", null, null, api(r, l, a, e, ad)));
    list.add(new Endpoint(get, "/api/v1/audit", null, null, api(ad)));
    list.add(new Endpoint(get, "/api/v1/audit/verify", null, null, api(ad)));
    // Anything else under the API is the administrators'.
    list.add(new Endpoint(get, "/api/v1/unknown", null, null, api(ad)));
    // API documentation: any signed-in user.
    list.add(new Endpoint(get, "/v3/api-docs", null, null, ALL_ROLES));
    list.add(new Endpoint(get, "/swagger-ui/index.html", null, null, ALL_ROLES));
    // Pages: one prefix per role.
    list.add(new Endpoint(get, "/", null, null, ALL_ROLES));
    list.add(new Endpoint(get, "/risk/queue", null, null, roles(r, ad)));
    list.add(new Endpoint(get, "/licensing/inbox", null, null, roles(l, ad)));
    list.add(new Endpoint(get, "/analyst/charts", null, null, roles(a, ad)));
    list.add(new Endpoint(get, "/exporter/home", null, null, roles(e)));
    list.add(new Endpoint(get, "/admin/users", null, null, roles(ad)));
    // The intelligence pages (issue 14) and the announcements' maker-checker.
    list.add(new Endpoint(get, "/analyst/intelligence", null, null, roles(a, ad)));
    list.add(new Endpoint(get, "/analyst/intelligence/mirror", null, null, roles(a, ad)));
    list.add(new Endpoint(get, "/analyst/intelligence/extraterritorial", null, null, roles(a, ad)));
    list.add(
        new Endpoint(post, "/analyst/intelligence/extraterritorial", null, null, roles(a, ad)));
    list.add(new Endpoint(get, "/admin/announcements", null, null, roles(ad)));
    // The license check (issue 11): exporters and licensing officers.
    list.add(new Endpoint(post, "/api/v1/determinations", JSON, "{}", api(l, e, ad)));
    list.add(new Endpoint(get, "/exporter/determine", null, null, roles(e)));
    list.add(new Endpoint(get, "/licensing/determine", null, null, roles(l, ad)));
    // Analyst rules under maker-checker: read by every officer, changed by analysts and admins.
    list.add(new Endpoint(get, "/api/v1/rules/999999", null, null, api(r, l, a, ad)));
    list.add(new Endpoint(post, "/api/v1/rules", JSON, "{}", api(a, ad)));
    for (String step : List.of("activate", "deactivate", "reject")) {
      list.add(new Endpoint(post, "/api/v1/rules/999999/" + step, null, null, api(a, ad)));
      list.add(new Endpoint(post, "/analyst/rules/999999/" + step, null, null, roles(a, ad)));
    }
    list.add(new Endpoint(get, "/analyst/rules", null, null, roles(a, ad)));
    list.add(new Endpoint(post, "/analyst/rules", null, null, roles(a, ad)));
    list.add(new Endpoint(get, "/analyst/weights", null, null, roles(a, ad)));
    // The learned weights of soft evidence: analysts and administrators, API and page alike.
    list.add(new Endpoint(get, "/api/v1/weights", null, null, api(a, ad)));
    list.add(new Endpoint(get, "/api/v1/weights?credibility=0.5", null, null, api(a, ad)));
    // Control-list announcements through the API: administrators, as on their page.
    list.add(new Endpoint(get, "/api/v1/measures/announcements", null, null, api(ad)));
    list.add(new Endpoint(post, "/api/v1/measures/announcements", JSON, "{}", api(ad)));
    list.add(
        new Endpoint(post, "/api/v1/measures/announcements/999999/approve", null, null, api(ad)));
    list.add(
        new Endpoint(post, "/api/v1/measures/announcements/999999/reject", null, null, api(ad)));
    // Disabling and enabling users.
    list.add(new Endpoint(post, "/api/v1/users/nobody/disable", null, null, api(ad)));
    list.add(new Endpoint(post, "/api/v1/users/nobody/enable", null, null, api(ad)));
    list.add(new Endpoint(post, "/admin/users/nobody/disable", null, null, roles(ad)));
    list.add(new Endpoint(post, "/admin/users/nobody/enable", null, null, roles(ad)));
    // The risk officer's batch pages.
    list.add(new Endpoint(get, "/risk/batches", null, null, roles(r, ad)));
    list.add(new Endpoint(post, "/risk/batches", null, null, roles(r, ad)));
    list.add(new Endpoint(get, "/risk/batches/none", null, null, roles(r, ad)));
    list.add(new Endpoint(get, "/risk/batches/none/progress", null, null, roles(r, ad)));
    // Operations: health for everyone, the rest for administrators.
    list.add(
        new Endpoint(
            get,
            "/actuator/health",
            null,
            null,
            EnumSet.complementOf(EnumSet.of(Caller.RISK_TOKEN))));
    list.add(new Endpoint(get, "/actuator/metrics", null, null, roles(ad)));
    return list;
  }

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Caller caller : Caller.values()) {
        out.add(Arguments.of(endpoint, caller));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("matrix")
  void everyCallerIsGrantedOrDeniedAsTheRulesSay(Endpoint endpoint, Caller caller)
      throws Exception {
    MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
    if (endpoint.contentType() != null) {
      request.contentType(endpoint.contentType()).content(endpoint.body());
    }
    switch (caller) {
      case ANONYMOUS -> request.with(csrf());
      case RISK_TOKEN -> {
        TestUsers.ensure(users, "matrix-token-user", Role.RISK_OFFICER);
        request.header(
            "Authorization",
            "Bearer " + tokens.create("matrix-token-user", "matrix", null).secret());
      }
      default -> request.with(TestUsers.as(users, Role.valueOf(caller.name()))).with(csrf());
    }
    int status = mvc.perform(request).andReturn().getResponse().getStatus();
    if (endpoint.granted().contains(caller)) {
      assertThat(status).as("%s %s should be granted", caller, endpoint).isNotIn(401, 403);
    } else if (caller == Caller.ANONYMOUS) {
      // No credentials: the API says 401; a page sends the browser to the login form.
      if (endpoint.path().startsWith("/api/")) {
        assertThat(status).as("%s %s should be 401", caller, endpoint).isEqualTo(401);
      } else {
        assertThat(status).as("%s %s should redirect to login", caller, endpoint).isEqualTo(302);
      }
    } else if (caller == Caller.RISK_TOKEN && !endpoint.path().startsWith("/api/")) {
      // A token opens the API only: anywhere else it is not a credential at all.
      assertThat(status).as("%s %s should be 401", caller, endpoint).isEqualTo(401);
    } else {
      assertThat(status).as("%s %s should be 403", caller, endpoint).isEqualTo(403);
    }
  }
}
