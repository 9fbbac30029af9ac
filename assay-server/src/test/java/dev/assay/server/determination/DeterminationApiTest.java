package dev.assay.server.determination;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The license check gives the core's determination, basis and stale-list warnings, or names the
 * fields.
 */
@ServerTest
class DeterminationApiTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;

  private org.springframework.test.web.servlet.ResultActions ask(Role role, String json)
      throws Exception {
    return mvc.perform(
        post("/api/v1/determinations")
            .with(TestUsers.as(users, role))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void galliumToGermanyNeedsALicenseFromAugust2023WithItsBasis() throws Exception {
    ask(
            Role.EXPORTER,
            """
            {"hsCode":"8112929010","description":"gallium metal 99.99%","destination":"DE",
             "quantity":"500","unit":"KG","valueUsd":"150000","date":"2023-08-01"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("LICENSE_REQUIRED"))
        .andExpect(jsonPath("$.licenseRequired").value(true))
        .andExpect(jsonPath("$.measures[0].basis").value("MOFCOM-GAC 2023 No. 23"))
        .andExpect(jsonPath("$.asOf").value("2023-08-01"))
        .andExpect(jsonPath("$.quantity").value(500))
        .andExpect(
            jsonPath("$.notes[*]").value(Matchers.hasItem(Matchers.containsString("quantity"))));
    // The day before the measure took effect, the same line is free.
    ask(
            Role.LICENSING_OFFICER,
            "{\"hsCode\":\"8112929010\",\"destination\":\"DE\",\"date\":\"2023-07-15\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("NOT_CONTROLLED"))
        .andExpect(jsonPath("$.licenseRequired").value(false));
  }

  @Test
  void militaryEndUseInTheUnitedStatesIsProhibitedFromDecember2024() throws Exception {
    ask(
            Role.EXPORTER,
            "{\"hsCode\":\"8112929010\",\"destination\":\"US\",\"endUse\":\"military\","
                + "\"date\":\"2024-12-03\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("PROHIBITED"))
        .andExpect(jsonPath("$.endUse").value("MILITARY"));
  }

  @Test
  void aDateFarPastTheNewestAnnouncementCarriesTheStaleListWarning() throws Exception {
    ask(Role.EXPORTER, "{\"hsCode\":\"8112929010\",\"destination\":\"DE\",\"date\":\"2031-01-01\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.warnings[*].kind").value(Matchers.hasItem("DATA_AGE")))
        .andExpect(jsonPath("$.warnings[0].message").isNotEmpty());
  }

  @Test
  void everyFieldAtFaultIsNamedWithItsReason() throws Exception {
    ask(
            Role.EXPORTER,
            "{\"hsCode\":\"81101\",\"endUse\":\"space\",\"valueUsd\":\"-3\",\"date\":\"31/12/2025\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.containsInAnyOrder(
                        "hsCode", "destination", "endUse", "date", "valueUsd")))
        .andExpect(jsonPath("$.errors[?(@.field == 'destination')].reason").value("required"))
        .andExpect(jsonPath("$.errors[?(@.field == 'hsCode')].value").value("81101"));
    ask(Role.EXPORTER, "").andExpect(status().isBadRequest());
  }

  @Test
  void thePageShowsTheVerdictAndTheFieldsAtFault() throws Exception {
    mvc.perform(
            get("/exporter/determine")
                .with(TestUsers.as(users, Role.EXPORTER))
                .param("hsCode", "8112929010")
                .param("destination", "DE")
                .param("date", "2024-01-10"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("LICENSE REQUIRED")))
        .andExpect(content().string(Matchers.containsString("MOFCOM-GAC 2023 No. 23")));
    mvc.perform(
            get("/licensing/determine")
                .with(TestUsers.as(users, Role.LICENSING_OFFICER))
                .param("hsCode", "12")
                .param("destination", "DE"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("hsCode")));
  }
}
