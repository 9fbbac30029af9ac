package dev.assay.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Within a resource a role may use, the data it sees: an exporter its own unified social credit
 * code's declarations (without scores) and applications, a risk officer its own offices.
 */
@ServerTest
class DataScopeTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;

  @BeforeEach
  void screenTheExamples() throws Exception {
    for (String line : TestUsers.exampleDeclarations()) {
      mvc.perform(
              post("/api/v1/screen")
                  .with(TestUsers.as(users, Role.ADMIN))
                  .with(csrf())
                  .contentType("application/json")
                  .content(line.replace("\"D-2025-", "\"S-")))
          .andExpect(status().isOk());
    }
  }

  private String body(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anExporterSeesItsOwnDeclarationsWithoutScoresAndNothingElse() throws Exception {
    String page =
        body(get("/api/v1/assessments?size=500").with(TestUsers.as(users, Role.EXPORTER)));
    List<String> exporters = JsonPath.read(page, "$.items[*].exporterId");
    assertThat(exporters).isNotEmpty().containsOnly(TestUsers.EXPORTER_USCC);
    List<Object> scores = JsonPath.read(page, "$.items[*].score");
    assertThat(scores).isEmpty();
    // Another exporter's declaration is not found (no probing of ids).
    mvc.perform(get("/api/v1/assessments/S-0004").with(TestUsers.as(users, Role.EXPORTER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/assessments/S-0001").with(TestUsers.as(users, Role.EXPORTER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.score").doesNotExist());
  }

  @Test
  void aRiskOfficerSeesItsOwnOfficesOnly() throws Exception {
    for (String path :
        List.of(
            "/api/v1/assessments?size=500",
            "/api/v1/alerts?size=500&lane=RED&lane=YELLOW&lane=GREEN&lane=BLUE")) {
      String page = body(get(path).with(TestUsers.as(users, Role.RISK_OFFICER)));
      List<String> offices = JsonPath.read(page, "$.items[*].customsOffice");
      assertThat(offices).as(path).isNotEmpty().allMatch(o -> o.equals("4900") || o.equals("5316"));
    }
    // S-0004 was declared at office 0100.
    mvc.perform(get("/api/v1/assessments/S-0004").with(TestUsers.as(users, Role.RISK_OFFICER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/assessments/S-0004").with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/assessments/S-0004/hold")
                .with(TestUsers.as(users, Role.RISK_OFFICER))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anExporterFilesAndSeesOnlyItsOwnApplications() throws Exception {
    String other = Files.readString(Path.of("../examples/application.yaml"));
    mvc.perform(
            post("/api/v1/applications")
                .with(TestUsers.as(users, Role.EXPORTER))
                .with(csrf())
                .contentType("application/yaml")
                .content(other.replace("APP-2025-0042", "APP-SCOPE-1")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors[0].field").value("exporter.id"));
    mvc.perform(
            post("/api/v1/applications")
                .with(TestUsers.as(users, Role.LICENSING_OFFICER))
                .with(csrf())
                .contentType("application/yaml")
                .content(other.replace("APP-2025-0042", "APP-SCOPE-2")))
        .andExpect(status().isCreated());
    String own =
        other
            .replace("APP-2025-0042", "APP-SCOPE-3")
            .replace("91450100MA5L7C8H9M", TestUsers.EXPORTER_USCC);
    mvc.perform(
            post("/api/v1/applications")
                .with(TestUsers.as(users, Role.EXPORTER))
                .with(csrf())
                .contentType("application/yaml")
                .content(own))
        .andExpect(status().isCreated());
    String mine = body(get("/api/v1/applications").with(TestUsers.as(users, Role.EXPORTER)));
    List<String> ids = JsonPath.read(mine, "$.items[*].application.id");
    assertThat(ids).contains("APP-SCOPE-3").doesNotContain("APP-SCOPE-2");
    mvc.perform(get("/api/v1/applications/APP-SCOPE-2").with(TestUsers.as(users, Role.EXPORTER)))
        .andExpect(status().isNotFound());
    // The exporter submits its own; approving is the licensing officer's.
    mvc.perform(
            post("/api/v1/applications/APP-SCOPE-3/transition")
                .with(TestUsers.as(users, Role.EXPORTER))
                .with(csrf())
                .contentType("application/json")
                .content("{\"to\":\"SUBMITTED\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("SUBMITTED"));
    mvc.perform(
            post("/api/v1/applications/APP-SCOPE-3/transition")
                .with(TestUsers.as(users, Role.EXPORTER))
                .with(csrf())
                .contentType("application/json")
                .content("{\"to\":\"UNDER_REVIEW\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/applications/APP-SCOPE-3/transition")
                .with(TestUsers.as(users, Role.LICENSING_OFFICER))
                .with(csrf())
                .contentType("application/json")
                .content("{\"to\":\"UNDER_REVIEW\",\"reason\":\"complete\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.clock.status").value("RUNNING"));
  }
}
