package dev.assay.server.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 14 item 4 in the web application: the core's determination behind a form. */
@ServerTest
class ExtraterritorialPagesTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;

  private MockHttpServletRequestBuilder form(String dysprosiumUsd, String date) {
    return post("/analyst/intelligence/extraterritorial")
        .with(TestUsers.as(users, Role.ANALYST))
        .with(csrf())
        .param(
            "bom",
            "component,hs_code,description,origin,value_usd,technology\n"
                + "magnet segments,8505111000,sintered NdFeB magnet segments,DE,300.00,\n"
                + "dysprosium oxide,2846901993,dysprosium oxide 99.5%,CN,"
                + dysprosiumUsd
                + ",\n")
        .param("itemValue", "1200")
        .param("itemHs", "8505111000")
        .param("description", "NdFeB magnets containing dysprosium")
        .param("madeIn", "DE")
        .param("endUse", "CIVIL")
        .param("date", date);
  }

  private String body(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theFormAnswersWithTheCoresDeterminationShareAndRules() throws Exception {
    // Suspended until 2026-11-10 by MOFCOM-GAC 2025 No. 70; 2.40 of 1,200 is 0.2% content.
    String suspended = body(form("2.40", "2026-06-01"));
    assertThat(suspended).contains("id=\"outcome\">SUSPENDED<").contains("0.2000%");
    String nothing = body(form("0.00", "2026-06-01"));
    assertThat(nothing).contains("id=\"outcome\">NOT_REQUIRED<");
  }

  @Test
  void badInputIsNamedNotAnError() throws Exception {
    String page = body(form("2.40", "2026-13-40"));
    assertThat(page)
        .contains("date: '2026-13-40' is not YYYY-MM-DD")
        .doesNotContain("id=\"outcome\"");
  }

  @Test
  void onlyAnalystsAndAdministratorsMayOpenIt() throws Exception {
    for (Role role : new Role[] {Role.RISK_OFFICER, Role.EXPORTER, Role.LICENSING_OFFICER}) {
      mvc.perform(get("/analyst/intelligence/extraterritorial").with(TestUsers.as(users, role)))
          .andExpect(status().isForbidden());
    }
    assertThat(
            body(
                get("/analyst/intelligence/extraterritorial")
                    .with(TestUsers.as(users, Role.ADMIN))))
        .contains("Bill of materials");
  }
}
