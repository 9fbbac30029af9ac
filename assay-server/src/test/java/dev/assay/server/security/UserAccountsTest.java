package dev.assay.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.audit.AuditLog;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A disabled user cannot sign in, its tokens and its open session stop working at once, it can be
 * enabled again, and the last enabled administrator cannot be disabled. Audited.
 */
@ServerTest
class UserAccountsTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;
  @Autowired AuditLog audit;
  @Autowired UserAccounts accounts;

  private AssayUser admin() {
    return TestUsers.ensure(users, "accounts-admin", Role.ADMIN);
  }

  @Test
  void aDisabledUserCannotSignInAndItsTokenAndSessionStopWorking() throws Exception {
    if (!users.exists("to-disable")) {
      users.create("to-disable", TestUsers.PASSWORD, Role.ANALYST, Set.of(), null);
    }
    String token = "Bearer " + tokens.create("to-disable", "nightly", null).secret();
    mvc.perform(get("/api/v1/rules").header("Authorization", token)).andExpect(status().isOk());
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(formLogin("/login").user("to-disable").password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(get("/analyst/rules").session(session)).andExpect(status().isOk());

    mvc.perform(
            post("/api/v1/users/to-disable/disable")
                .with(SecurityMockMvcRequestPostProcessors.user(admin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false));

    // The token is refused at once (no 30-second grace of the token cache) ...
    mvc.perform(get("/api/v1/rules").header("Authorization", token))
        .andExpect(status().isUnauthorized());
    // ... the open session ends: the page sends the browser to the sign-in form ...
    mvc.perform(get("/analyst/rules").session(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    // ... and the right password no longer signs in.
    mvc.perform(formLogin("/login").user("to-disable").password(TestUsers.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.latest("user:to-disable", 5))
        .extracting(AuditLog.Entry::action)
        .contains("USER_DISABLED");

    mvc.perform(
            post("/api/v1/users/to-disable/enable")
                .with(SecurityMockMvcRequestPostProcessors.user(admin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(true));
    mvc.perform(get("/api/v1/rules").header("Authorization", token)).andExpect(status().isOk());
    mvc.perform(formLogin("/login").user("to-disable").password(TestUsers.PASSWORD))
        .andExpect(redirectedUrl("/"));
    assertThat(audit.latest("user:to-disable", 5))
        .extracting(AuditLog.Entry::action)
        .contains("USER_ENABLED");
  }

  @Test
  void theLastEnabledAdministratorCannotBeDisabled() throws Exception {
    AssayUser me = admin();
    // Every other administrator disabled for the test, so that "me" is the last one.
    var others =
        users.all().stream()
            .filter(u -> u.role() == Role.ADMIN && u.isEnabled())
            .filter(u -> !u.getUsername().equals(me.getUsername()))
            .toList();
    others.forEach(u -> accounts.setEnabled("test", u.getUsername(), false));
    try {
      mvc.perform(
              post("/api/v1/users/" + me.getUsername() + "/disable")
                  .with(SecurityMockMvcRequestPostProcessors.user(me))
                  .with(csrf()))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.errors[0].field").value("username"));
      assertThat(users.find(me.getUsername()).orElseThrow().isEnabled()).isTrue();
      mvc.perform(
              post("/api/v1/users/nobody-at-all/disable")
                  .with(SecurityMockMvcRequestPostProcessors.user(me))
                  .with(csrf()))
          .andExpect(status().isNotFound());
    } finally {
      others.forEach(u -> accounts.setEnabled("test", u.getUsername(), true));
    }
  }
}
