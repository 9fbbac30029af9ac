package dev.assay.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.web.Fmt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An outcome recorded on a case moves the learned weight of the soft evidence its declaration
 * carried, once, and the API and the weights page show it; the assessment made before it stays as
 * it was.
 */
@ServerTest
class WeightsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MockMvc mvc;
  @Autowired UserStore users;

  /**
   * The second example declaration priced at a tenth: VALUE_ANOMALY/MEDIUM, soft evidence; declared
   * at office 5316, one of the test risk officer's offices.
   */
  private static String underpriced(String id) throws Exception {
    ObjectNode d = (ObjectNode) JSON.readTree(ScreenApiTest.examples().get(1));
    d.put("declaration_id", id);
    d.put("customs_office", "5316");
    ((ObjectNode) d.path("items").get(0)).put("value_usd", 16_000.0);
    return JSON.writeValueAsString(d);
  }

  private String screen(String declaration) throws Exception {
    return mvc.perform(
            post("/api/v1/screen")
                .with(TestUsers.as(users, Role.RISK_OFFICER))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(declaration))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String assessment(String id) throws Exception {
    return mvc.perform(
            get("/api/v1/assessments/" + id).with(TestUsers.as(users, Role.RISK_OFFICER)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private long openCase(String declarationId) throws Exception {
    return CaseSteps.open(mvc, TestUsers.as(users, Role.RISK_OFFICER), declarationId);
  }

  private int outcome(long caseId, String outcome) throws Exception {
    return mvc.perform(
            post("/api/v1/cases/" + caseId + "/outcome")
                .with(TestUsers.as(users, Role.RISK_OFFICER))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"" + outcome + "\",\"typology\":\"VALUE_MANIPULATION\"}"))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /** What an analyst gets at this path. */
  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The VALUE_ANOMALY/MEDIUM family as the API shows it to an analyst. */
  private JsonNode family() throws Exception {
    String body =
        mvc.perform(get("/api/v1/weights").with(TestUsers.as(users, Role.ANALYST)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.credibility").value(0.9))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (JsonNode f : JSON.readTree(body).path("families")) {
      if (f.path("key").asText().equals("VALUE_ANOMALY/MEDIUM")) {
        return f;
      }
    }
    throw new AssertionError("no VALUE_ANOMALY/MEDIUM family in " + body);
  }

  @Test
  void anIrregularityRaisesTheWeightOnceAndTheApiAndPageShowIt() throws Exception {
    String made = screen(underpriced("WAPI-RAISE-1"));
    assertThat(made).contains("VALUE_ANOMALY");
    JsonNode before = family();
    assertThat(before.path("prior").asDouble()).isEqualTo(0.30);
    String assessmentBefore = assessment("WAPI-RAISE-1");

    long id = openCase("WAPI-RAISE-1");
    assertThat(outcome(id, "IRREGULARITY")).isEqualTo(200);
    JsonNode after = family();
    assertThat(after.path("mean").asDouble()).isGreaterThan(before.path("mean").asDouble());
    assertThat(after.path("inspections").asLong())
        .isEqualTo(before.path("inspections").asLong() + 1);
    assertThat(after.path("low").asDouble()).isLessThan(after.path("mean").asDouble());
    assertThat(after.path("high").asDouble()).isGreaterThan(after.path("mean").asDouble());
    assertThat(after.path("signals"))
        .anySatisfy(s -> assertThat(s.path("inspections").asLong()).isPositive());
    // The assessment made before the outcome is unchanged.
    assertThat(assessment("WAPI-RAISE-1")).isEqualTo(assessmentBefore);

    // The case is closed: a second outcome is refused and nothing more is learned.
    assertThat(outcome(id, "IRREGULARITY")).isEqualTo(409);
    assertThat(family()).isEqualTo(after);

    // The page shows the same figures in the family's row.
    String page = page("/analyst/weights");
    Matcher row =
        Pattern.compile("<tr id=\"w-VALUE_ANOMALY-MEDIUM\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
            .matcher(page);
    assertThat(row.find()).as("the family's row on the page").isTrue();
    assertThat(row.group(0)).contains("class=\"learned\"");
    assertThat(row.group(1))
        .contains(Fmt.score(0.30))
        .contains(">" + Fmt.score(after.path("mean").asDouble()) + "<")
        .contains(
            Fmt.score(after.path("low").asDouble())
                + " – "
                + Fmt.score(after.path("high").asDouble()))
        .contains(
            "<td class=\"num outcomes\">"
                + Fmt.count(after.path("inspections").asLong())
                + "</td>");
    assertThat(page).contains("id=\"learned-summary\"").contains("inspection outcome(s) learned");
  }

  @Test
  void cleanLowersTheWeight() throws Exception {
    screen(underpriced("WAPI-CLEAN-1"));
    JsonNode before = family();
    assertThat(outcome(openCase("WAPI-CLEAN-1"), "CLEAN")).isEqualTo(200);
    assertThat(family().path("mean").asDouble()).isLessThan(before.path("mean").asDouble());
  }

  @Test
  void aLegalCertaintyClearedOnInspectionStaysRedAndItsKindShowsWhatItFound() throws Exception {
    // antimony ingots to the United States, unlicensed: a legal certainty
    ObjectNode d = (ObjectNode) JSON.readTree(ScreenApiTest.examples().get(0));
    d.put("declaration_id", "WAPI-CERTAIN-1");
    d.put("customs_office", "5316");
    String made = screen(JSON.writeValueAsString(d));
    assertThat(JSON.readTree(made).path("lane").asText()).isEqualTo("RED");

    assertThat(outcome(openCase("WAPI-CERTAIN-1"), "CLEAN")).isEqualTo(200);

    JsonNode certainties = JSON.readTree(page("/api/v1/weights")).path("certainties");
    assertThat(certainties)
        .anySatisfy(
            c -> {
              assertThat(c.path("key").asText()).startsWith("certain:");
              assertThat(c.path("inspections").asLong()).isPositive();
              assertThat(c.path("mean").asDouble()).isLessThan(c.path("prior").asDouble());
            });
    assertThat(page("/analyst/weights")).contains("id=\"certainty-weights\"");
  }

  @Test
  void theEndpointIsDocumentedInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs").with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/weights'].get.summary").isNotEmpty())
        .andExpect(
            jsonPath("$.paths['/api/v1/weights'].get.parameters[0].name").value("credibility"));
  }

  @Test
  void aCredibilityOutsideZeroToOneIsRefusedNamingTheField() throws Exception {
    mvc.perform(get("/api/v1/weights?credibility=1.5").with(TestUsers.as(users, Role.ANALYST)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("credibility"));
    mvc.perform(get("/api/v1/weights?credibility=0.5").with(TestUsers.as(users, Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.credibility").value(0.5));
  }
}
