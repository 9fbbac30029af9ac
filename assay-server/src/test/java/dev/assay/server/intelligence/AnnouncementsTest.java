package dev.assay.server.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.service.ScreeningEngine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ServerTest
class AnnouncementsTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;
  @Autowired ScreeningEngine engine;
  @Autowired Announcements announcements;
  @Autowired AuditLog audit;

  private static final String COPPER =
      """
      id: MOFCOM-2026-%d
      citation: MOFCOM 2026 No. %d
      title: Export control on refined copper cathodes (a test announcement)
      authorities: [MOFCOM]
      issued: 2026-01-05
      effective: 2026-01-05
      kind: LICENSE_REQUIRED
      destinations: all
      endUses: any
      sources: [WK-39]
      confidence: confirmed
      items:
        - id: copper-cathodes
          mineral: copper
          name: refined copper cathodes
          terms: [copper cathode]
          hs: ["7403110000"]
          sources: [WK-39]
          confidence: confirmed
      """;

  @BeforeEach
  void data() throws Exception {
    IntelligenceTestData.make(mvc, users, tokens);
  }

  @AfterEach
  void shippedListAgain() {
    // The context is shared with other test classes: leave the shipped list in force.
    engine.useControlList(ControlList.bundled());
  }

  private RequestPostProcessor admin(String name) {
    return SecurityMockMvcRequestPostProcessors.user(TestUsers.ensure(users, name, Role.ADMIN));
  }

  private static DeterminationQuery copperToThailandToday() {
    return new DeterminationQuery(
        new HsCode(IntelligenceTestData.COPPER_HS),
        "copper cathodes",
        new CountryCode("TH"),
        null,
        EndUse.UNSPECIFIED,
        LocalDate.now());
  }

  private long propose(String maker, int number) throws Exception {
    mvc.perform(
            post("/admin/announcements")
                .with(admin(maker))
                .with(csrf())
                .param("fileName", "2026-" + number + "-copper.yaml")
                .param("yaml", COPPER.formatted(number, number)))
        .andExpect(status().is3xxRedirection());
    return announcements.list().stream()
        .filter(a -> a.measureId().equals("MOFCOM-2026-" + number))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aSecondAdministratorPutsTheAnnouncementInForceAfterTheBacktest() throws Exception {
    long id = propose("maker-a", 901);
    Announcements.Announcement pending = announcements.find(id);
    assertThat(pending.status()).isEqualTo("PENDING");
    // Exactly the stored copper lines change verdict as of today; nothing else does.
    assertThat(pending.linesChanged()).isEqualTo(IntelligenceTestData.COPPER_LINES);
    assertThat(pending.linesChecked()).isGreaterThan(IntelligenceTestData.COPPER_LINES);
    assertThat(pending.examples())
        .hasSize(IntelligenceTestData.COPPER_LINES)
        .allMatch(e -> e.contains("7403110000 to TH: NOT_CONTROLLED -> "));
    // Pending is not in force.
    assertThat(engine.controlList().measure("MOFCOM-2026-901")).isEmpty();
    assertThat(engine.controlList().determine(copperToThailandToday()).verdict())
        .isEqualTo(Verdict.NOT_CONTROLLED);

    mvc.perform(
            post("/admin/announcements/" + id + "/approve").with(admin("checker-b")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    Announcements.Announcement approved = announcements.find(id);
    assertThat(approved.status()).isEqualTo("APPROVED");
    assertThat(approved.checker()).isEqualTo("checker-b");
    assertThat(engine.controlList().measure("MOFCOM-2026-901")).isPresent();
    Verdict now = engine.controlList().determine(copperToThailandToday()).verdict();
    assertThat(now).isNotEqualTo(Verdict.NOT_CONTROLLED);
    // The backtest's examples showed the verdict that is now in force.
    assertThat(pending.examples())
        .allMatch(e -> e.endsWith("NOT_CONTROLLED -> " + now + " (MOFCOM 2026 No. 901)"));
    List<String> actions =
        audit.latest("announcement:" + id, 10).stream().map(AuditLog.Entry::action).toList();
    assertThat(actions).containsExactly("ANNOUNCEMENT_APPROVED", "ANNOUNCEMENT_PROPOSED");
  }

  @Test
  void theMakerMayNotApproveTheirOwnAnnouncement() throws Exception {
    long id = propose("maker-c", 902);
    String html =
        mvc.perform(
                post("/admin/announcements/" + id + "/approve").with(admin("maker-c")).with(csrf()))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("may not approve it");
    assertThat(announcements.find(id).status()).isEqualTo("PENDING");
    assertThat(engine.controlList().measure("MOFCOM-2026-902")).isEmpty();
    assertThat(audit.latest("announcement:" + id, 10).stream().map(AuditLog.Entry::action))
        .containsExactly("ANNOUNCEMENT_APPROVAL_REFUSED", "ANNOUNCEMENT_PROPOSED");
    // A rejected one cannot be approved afterwards.
    mvc.perform(post("/admin/announcements/" + id + "/reject").with(admin("maker-c")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/admin/announcements/" + id + "/approve").with(admin("checker-d")).with(csrf()))
        .andExpect(status().isConflict());
    assertThat(engine.controlList().measure("MOFCOM-2026-902")).isEmpty();
  }

  @Test
  void aFileTheControlListLoaderRefusesIsRejectedNamingTheField() throws Exception {
    String bad = COPPER.formatted(903, 903).replace("issued: 2026-01-05\n", "");
    String html =
        mvc.perform(
                post("/admin/announcements")
                    .with(admin("maker-e"))
                    .with(csrf())
                    .param("fileName", "2026-903-copper.yaml")
                    .param("yaml", bad))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("field issued:");
    String unknown = COPPER.formatted(904, 904).replace("kind:", "knd: x\nkind:");
    String html2 =
        mvc.perform(
                post("/admin/announcements")
                    .with(admin("maker-e"))
                    .with(csrf())
                    .param("fileName", "2026-904-copper.yaml")
                    .param("yaml", unknown))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html2).contains("knd");
    mvc.perform(
            post("/admin/announcements")
                .with(admin("maker-e"))
                .with(csrf())
                .param("fileName", "../etc/passwd")
                .param("yaml", COPPER.formatted(905, 905)))
        .andExpect(status().isBadRequest());
    assertThat(announcements.list()).noneMatch(a -> a.measureId().matches("MOFCOM-2026-90[345]"));
  }

  @Test
  void onlyAdministratorsMayOpenThePage() throws Exception {
    for (Role role : new Role[] {Role.ANALYST, Role.RISK_OFFICER, Role.EXPORTER}) {
      mvc.perform(get("/admin/announcements").with(TestUsers.as(users, role)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/admin/announcements").with(TestUsers.as(users, Role.ADMIN)))
        .andExpect(status().isOk());
    String intelligence =
        mvc.perform(get("/analyst/intelligence").with(TestUsers.as(users, Role.ADMIN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(intelligence).contains("href=\"/admin/announcements\"");
    String analysts =
        mvc.perform(get("/analyst/intelligence").with(TestUsers.as(users, Role.ANALYST)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(analysts).doesNotContain("href=\"/admin/announcements\"");
  }
}
