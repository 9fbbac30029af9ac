package dev.assay.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServerTest
class ScreenApiTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;

  static List<String> examples() throws Exception {
    Path file = Path.of("../examples/declarations.ndjson");
    return Files.readAllLines(file);
  }

  private String token;

  @BeforeEach
  void token() {
    TestUsers.ensure(users, "clearance-system", Role.RISK_OFFICER);
    token = "Bearer " + tokens.create("clearance-system", "clearance", null).secret();
  }

  @Test
  void screensOneDeclarationWithATokenAndReplaysTheSameWithoutScreeningAgain() throws Exception {
    String declaration = examples().get(0);
    String first =
        mvc.perform(
                post("/api/v1/screen")
                    .header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(declaration))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.declaration_id").value("D-2025-0001"))
            .andExpect(jsonPath("$.lane").exists())
            .andExpect(jsonPath("$.findings").isArray())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String again =
        mvc.perform(
                post("/api/v1/screen")
                    .header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(declaration))
            .andExpect(status().isOk())
            .andExpect(header().string("Assay-Replayed", "true"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).isEqualTo(first);
    mvc.perform(get("/api/v1/assessments/D-2025-0001").with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assessment.declaration_id").value("D-2025-0001"));
  }

  @Test
  void aBodyOverOneMegabyteIsRefusedNamingTheBodyAndOneJustUnderIsRead() throws Exception {
    String declaration = examples().get(2);
    // JSON allows any run of whitespace after the object: pad the same declaration to the limit.
    String atLimit = declaration + " ".repeat(ScreenController.MAX_BODY - declaration.length());
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(atLimit))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.declaration_id").exists());
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(atLimit + " "))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("body"));
  }

  @Test
  void sameIdWithOtherContentIsAConflictNamingTheField() throws Exception {
    String declaration = examples().get(1);
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(declaration))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(declaration.replace("gallium metal 4N", "gallium metal 5N")))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("declaration_id"));
  }

  @Test
  void invalidDeclarationIsProblemJsonNamingFieldAndReason() throws Exception {
    String bad =
        examples().get(0).replace("\"8110101000\"", "\"81101\"").replace("D-2025-0001", "D-BAD-1");
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(bad))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(
            jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("hs_code")))
        .andExpect(jsonPath("$.errors[0].reason").isNotEmpty());
  }

  @Test
  void sessionUsersNeedCsrfToScreen() throws Exception {
    String declaration = examples().get(2);
    mvc.perform(
            post("/api/v1/screen")
                .with(TestUsers.as(users, Role.RISK_OFFICER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(declaration))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/screen")
                .with(TestUsers.as(users, Role.RISK_OFFICER))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(declaration))
        .andExpect(status().isOk());
  }

  @Test
  void assessmentFiltersAreCheckedAndScoped() throws Exception {
    mvc.perform(get("/api/v1/assessments?lane=PURPLE").with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lane"));
    mvc.perform(get("/api/v1/assessments?size=100000").with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/v1/assessments?office=0100").with(TestUsers.as(users, Role.RISK_OFFICER)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors[0].field").value("office"));
    mvc.perform(
            get("/api/v1/assessments?exporter=" + TestUsers.OTHER_USCC)
                .with(TestUsers.as(users, Role.EXPORTER)))
        .andExpect(status().isForbidden());
  }
}
