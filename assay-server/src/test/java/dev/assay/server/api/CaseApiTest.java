package dev.assay.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.store.Database;
import dev.assay.store.LabelledDeclarations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ServerTest
class CaseApiTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired AuditLog audit;
  @Autowired Database database;

  private RequestPostProcessor officer() {
    return TestUsers.as(users, Role.RISK_OFFICER);
  }

  /** The first example declaration (office 4900) under a new id and consignee. */
  private static String declaration(String id, String consignee) throws Exception {
    return ScreenApiTest.examples()
        .get(0)
        .replace("D-2025-0001", id)
        .replace("Midwest Alloys Inc.", consignee)
        .replace("1200 Industrial Pkwy, Cleveland, OH", consignee + " Building, Rotterdam");
  }

  private String screen(String json) throws Exception {
    return mvc.perform(
            post("/api/v1/screen")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private long openCase(String declarationId) throws Exception {
    return CaseSteps.open(mvc, officer(), declarationId);
  }

  private void outcome(long caseId, String json) throws Exception {
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/outcome")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk());
  }

  private static final String SEIZED =
      "{\"outcome\":\"SEIZED\",\"typology\":\"MISDECLARATION\",\"quantity\":1200,\"unit\":\"kg\","
          + "\"valueUsd\":64000,\"note\":\"antimony under a zinc description\"}";

  private List<String> codes(String assessment) {
    return JsonPath.read(assessment, "$.findings[*].code");
  }

  @Test
  void recordedSeizuresFeedTheEngineAndTheNextDeclarationToThatConsigneeIsFlagged()
      throws Exception {
    for (String id : List.of("C-LEARN-1", "C-LEARN-2")) {
      screen(declaration(id, "Harbour Metals Trading BV"));
      outcome(openCase(id), SEIZED);
    }
    String next = screen(declaration("C-LEARN-3", "Harbour Metals Trading BV"));
    assertThat(codes(next)).contains("NETWORK_RISK");

    // The same outcomes are the labels assay ml train --db reads from this database.
    java.util.Map<String, dev.assay.declaration.Declaration> read = new java.util.HashMap<>();
    LabelledDeclarations.read(
        database,
        new dev.assay.ingest.IngestListener() {
          @Override
          public void accepted(dev.assay.declaration.Declaration d) {
            read.put(d.id(), d);
          }

          @Override
          public void rejected(dev.assay.ingest.RecordError error) {
            throw new AssertionError(error.describe());
          }
        });
    assertThat(read.get("C-LEARN-1").label().orElseThrow().outcome())
        .isEqualTo(dev.assay.declaration.Outcome.VIOLATION);
    assertThat(read.get("C-LEARN-1").label().orElseThrow().typology()).contains("MISDECLARATION");
    assertThat(read.get("C-LEARN-3").label()).isEmpty();
  }

  @Test
  void cleanOutcomesDoNotFlagTheConsignee() throws Exception {
    for (String id : List.of("C-CLEAN-1", "C-CLEAN-2")) {
      screen(declaration(id, "Polder Alloys Handel BV"));
      outcome(openCase(id), "{\"outcome\":\"CLEAN\"}");
    }
    String next = screen(declaration("C-CLEAN-3", "Polder Alloys Handel BV"));
    assertThat(codes(next)).doesNotContain("NETWORK_RISK");
  }

  @Test
  void caseStepsAreCheckedAuditedAndEndInAReferralPdf() throws Exception {
    screen(declaration("C-STEPS-1", "Delta Refining GmbH"));
    long id = openCase("C-STEPS-1");
    // One case per declaration.
    mvc.perform(
            post("/api/v1/cases")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"declarationId\":\"C-STEPS-1\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/api/v1/cases/" + id + "/assign")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\":\"test-risk_officer\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignee").value("test-risk_officer"));
    mvc.perform(
            post("/api/v1/cases/" + id + "/assign")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\":\"test-analyst\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("assignee"));
    mvc.perform(
            post("/api/v1/cases/" + id + "/notes")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"x-ray shows dense cargo\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/v1/cases/" + id + "/attachments")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"fileName\":\"xray.png\",\"contentType\":\"image/png\",\"sizeBytes\":1024,"
                        + "\"sha256\":\""
                        + "ab".repeat(32)
                        + "\"}"))
        .andExpect(status().isCreated());
    // A seizure without its quantity is refused, naming the field.
    mvc.perform(
            post("/api/v1/cases/" + id + "/outcome")
                .with(officer())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"SEIZED\",\"typology\":\"CONCEALMENT\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("quantity"));
    // No referral before an outcome.
    mvc.perform(post("/api/v1/cases/" + id + "/referral").with(officer()).with(csrf()))
        .andExpect(status().isConflict());
    outcome(id, SEIZED);
    mvc.perform(post("/api/v1/cases/" + id + "/referral").with(officer()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFERRED"));
    byte[] pdf =
        mvc.perform(get("/api/v1/cases/" + id + "/referral.pdf").with(officer()))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(audit.latest("case:" + id, 20))
        .extracting(AuditLog.Entry::action)
        .containsExactly(
            "CASE_REFERRED",
            "CASE_OUTCOME_RECORDED",
            "CASE_ATTACHMENT_ADDED",
            "CASE_NOTE_ADDED",
            "CASE_ASSIGNED",
            "CASE_OPENED");
  }
}
