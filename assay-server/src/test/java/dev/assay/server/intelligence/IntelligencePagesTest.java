package dev.assay.server.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ServerTest
class IntelligencePagesTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;
  @Autowired IntelligenceData data;

  @BeforeEach
  void data() throws Exception {
    IntelligenceTestData.make(mvc, users, tokens);
    data.invalidate();
  }

  private String page(Role role, String query) throws Exception {
    return mvc.perform(get("/analyst/intelligence" + query).with(TestUsers.as(users, role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The element with the id, up to its end tag (tables and scripts here do not nest). */
  static String element(String html, String id, String endTag) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertThat(at).as("element #" + id).isGreaterThanOrEqualTo(0);
    return html.substring(at, html.indexOf(endTag, at));
  }

  /** The rows of a table, each as its cells' text joined by "|". */
  static List<String> rows(String table) {
    String body = table.substring(table.indexOf("<tbody>"));
    return Arrays.stream(body.split("<tr>"))
        .skip(1)
        .map(r -> r.replaceAll("</td>", "|").replaceAll("<[^>]+>", "").strip())
        .toList();
  }

  @Test
  void onlyAnalystsAndAdministratorsMayOpenIt() throws Exception {
    for (Role role : new Role[] {Role.RISK_OFFICER, Role.EXPORTER, Role.LICENSING_OFFICER}) {
      mvc.perform(get("/analyst/intelligence").with(TestUsers.as(users, role)))
          .andExpect(status().isForbidden());
    }
    assertThat(page(Role.ADMIN, "")).contains("<h1>Intelligence</h1>");
    assertThat(page(Role.ANALYST, "")).contains("href=\"/analyst/intelligence\"");
  }

  @Test
  void chartsTheQuartersWithTheMeasuresEffectiveDatesMarked() throws Exception {
    String html = page(Role.ANALYST, "?mineral=antimony");
    String chart = element(html, "trade-data", "</script>");
    assertThat(chart).contains("\"2024Q3\"", "\"2025Q1\"", "\"TH\"", "\"US\"", "markLine");
    // MOFCOM-GAC 2024 No. 33 took effect on 2024-09-15: its line is drawn at 2024Q3.
    assertThat(chart)
        .contains("{\"xAxis\":\"2024Q3\",\"name\":\"MOFCOM-GAC 2024 No. 33 2024-09-15\"}");
    // The event study's window before the measure: 42 lines of 1000 kg, all to the US.
    List<String> events = rows(element(html, "events", "</table>"));
    assertThat(events)
        .anyMatch(
            r ->
                r.startsWith(
                    "MOFCOM-GAC 2024 No. 33|2024-09-15|2024-03..2024-08|2024-10..2025-03|42,000|"));
  }

  @Test
  void listsThailandAsAnEmergingHubWithTheTestStatedAndNotVietNam() throws Exception {
    String html = page(Role.ANALYST, "");
    assertThat(element(html, "hub-test", "</p>")).contains("z &gt;= 3.09", "&gt;= 10 lines");
    List<String> hubs =
        rows(element(html, "hubs", "</table>")).stream()
            .filter(r -> r.contains("MOFCOM-GAC 2024 No. 33 (2024-09-15)"))
            .toList();
    assertThat(hubs).anyMatch(r -> r.startsWith("antimony|") && r.contains("|TH|0.0%|"));
    // Viet Nam: share up about 15 points, but on 9 lines with z about 2.7: a near miss.
    assertThat(hubs).noneMatch(r -> r.contains("|VN|"));
    assertThat(hubs).noneMatch(r -> r.contains("|US|"));
  }

  @Test
  void showsTheDisruptionEstimateAndItsSensitivityForTheCutAsked() throws Exception {
    String full = page(Role.ANALYST, "?mineral=gallium&cut=1");
    String none = page(Role.ANALYST, "?mineral=gallium&cut=0");
    String fullRow =
        rows(element(full, "disruption", "</table>")).stream()
            .filter(r -> r.startsWith("gallium|"))
            .findFirst()
            .orElseThrow();
    String noneRow =
        rows(element(none, "disruption", "</table>")).stream()
            .filter(r -> r.startsWith("gallium|"))
            .findFirst()
            .orElseThrow();
    // No cut: no price shock and no loss. A full ban: both.
    assertThat(noneRow).startsWith("gallium|0%|no|0.0%|").endsWith("|0|0|0|");
    assertThat(fullRow).doesNotEndWith("|0|0|0|");
    List<String> sensitivity = rows(element(full, "sensitivity", "</table>"));
    assertThat(sensitivity).hasSizeGreaterThan(5);
    assertThat(sensitivity).anyMatch(r -> r.startsWith("demand_elasticity|"));
    assertThat(element(full, "sensitivity-data", "</script>")).contains("at high end");
  }
}
