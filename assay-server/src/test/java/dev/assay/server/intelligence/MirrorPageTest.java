package dev.assay.server.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ServerTest
class MirrorPageTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;

  @Test
  void onlyAnalystsAndAdministrators() throws Exception {
    for (Role role : new Role[] {Role.RISK_OFFICER, Role.EXPORTER, Role.LICENSING_OFFICER}) {
      mvc.perform(get("/analyst/intelligence/mirror").with(TestUsers.as(users, role)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void theSamplesPlantedVietnamAntimonyGapIsFlagged() throws Exception {
    String html =
        mvc.perform(get("/analyst/intelligence/mirror").with(TestUsers.as(users, Role.ANALYST)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String gaps = IntelligencePagesTest.element(html, "gaps", "</table>");
    assertThat(IntelligencePagesTest.rows(gaps))
        .anyMatch(r -> r.startsWith("antimony|VNM|") && r.contains("PARTNER_RECORDS_MORE"));
    assertThat(html).contains("id=\"mirror-data\"", "allowed high");
    assertThat(
            mvc.perform(get("/analyst/intelligence").with(TestUsers.as(users, Role.ANALYST)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("href=\"/analyst/intelligence/mirror\"");
  }

  @Test
  void aBadUploadListsItsRowErrors() throws Exception {
    String csv =
        "reporterISO,partnerISO,flowCode,period,cmdCode,primaryValue,netWgt\n"
            + "CHN,VNM,X,202401,811010,1000,10\n"
            + "CHN,VNM,Q,202401,811010,1000,10\n"
            + "CHN,VNM,X,202401,811010,lots,10\n";
    String html =
        mvc.perform(
                multipart("/analyst/intelligence/mirror")
                    .file(
                        new MockMultipartFile(
                            "file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .with(csrf())
                    .with(TestUsers.as(users, Role.ANALYST)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(
            IntelligencePagesTest.rows(
                IntelligencePagesTest.element(html, "row-errors", "</table>")))
        .containsExactly(
            "line 3, field flowCode, value 'Q': not a flow (M, X, RX, RM or 1-4)|",
            "line 4, field primaryValue, value 'lots': not a number|");
  }
}
