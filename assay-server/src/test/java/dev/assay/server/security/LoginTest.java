package dev.assay.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.audit.AuditLog;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ServerTest
class LoginTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;
  @Autowired AuditLog audit;

  private void user(String name, String password) {
    if (!users.exists(name)) {
      users.create(name, password, Role.ANALYST, Set.of(), null);
    }
  }

  @Test
  void healthIsPublicAndSaysNoMore() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist());
  }

  @Test
  void anonymousPageRedirectsToLoginAndApiAnswersProblemJson() throws Exception {
    mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/assessments"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void loginPageCarriesCsrfTokenAndSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
  }

  @Test
  void formLoginWithCsrfSucceedsAndChangesTheSessionId() throws Exception {
    user("login-ok", "correct horse battery");
    MockHttpSession session = new MockHttpSession();
    String before = session.getId();
    MvcResult result =
        mvc.perform(formLogin("/login").user("login-ok").password("correct horse battery"))
            .andExpect(redirectedUrl("/"))
            .andReturn();
    MockHttpSession after = (MockHttpSession) result.getRequest().getSession(false);
    assertThat(after).isNotNull();
    assertThat(after.getId()).isNotEqualTo(before);
    mvc.perform(get("/").session(after)).andExpect(status().isOk());
    assertThat(audit.latest("user:login-ok", 5))
        .extracting(AuditLog.Entry::action)
        .contains("LOGIN_SUCCEEDED");
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() throws Exception {
    user("login-nocsrf", "correct horse battery");
    mvc.perform(
            post("/login")
                .param("username", "login-nocsrf")
                .param("password", "correct horse battery"))
        .andExpect(status().isForbidden());
  }

  @Test
  void wrongPasswordFailsAndRepeatedFailuresBlockEvenTheRightPassword() throws Exception {
    user("login-throttled", "correct horse battery");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      mvc.perform(formLogin("/login").user("login-throttled").password("wrong password!!"))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin("/login").user("login-throttled").password("correct horse battery"))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.latest("user:login-throttled", 10))
        .extracting(AuditLog.Entry::action)
        .containsOnly("LOGIN_FAILED")
        .hasSize(LoginThrottle.MAX_FAILURES + 1);
  }

  @Test
  void bearerTokenOpensTheApiWithoutCsrfButNotPages() throws Exception {
    user("token-user", "correct horse battery");
    String secret = tokens.create("token-user", "test client", null).secret();
    mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + secret))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/").header("Authorization", "Bearer " + secret))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/nothing-here").header("Authorization", "Bearer " + secret))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/assessments").header("Authorization", "Bearer wrong"))
        .andExpect(status().isUnauthorized());
    ApiTokens.NewToken revoked = tokens.create("token-user", "revoked", null);
    mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + revoked.secret()))
        .andExpect(status().isOk());
    assertThat(tokens.revoke("token-user", revoked.info().id())).isTrue();
    mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + revoked.secret()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void passwordsAreStoredHashed() {
    user("login-hashed", "correct horse battery");
    assertThat(users.find("login-hashed").orElseThrow().getPassword())
        .startsWith("{bcrypt}")
        .doesNotContain("correct horse battery");
  }
}
