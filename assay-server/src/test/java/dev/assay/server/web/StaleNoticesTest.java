package dev.assay.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.controllist.ControlList;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14: the server says when its control list may be out of date, as the CLI does. */
@ServerTest
class StaleNoticesTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;

  @Test
  void aSuspensionThatRanOutWithoutFollowUpIsANoticeFromTheDayAfterItsEnd() {
    ControlList shipped = ControlList.bundled();
    // MOFCOM-GAC 2025 No. 70 suspended No. 55-58, 61 and 62 until 2026-11-10.
    assertThat(StaleNotices.of(shipped, LocalDate.of(2026, 11, 10)))
        .noneMatch(n -> n.contains("No. 70"));
    assertThat(StaleNotices.of(shipped, LocalDate.of(2026, 11, 11)))
        .anyMatch(n -> n.contains("MOFCOM-GAC 2025 No. 70"));
  }

  @Test
  void aYoungListWithNoLapsedSuspensionHasNoNotice() {
    assertThat(StaleNotices.of(ControlList.bundled(), LocalDate.of(2026, 6, 1))).isEmpty();
  }

  @Test
  void everyRolesPagesCarryTheNoticesOfTheListInForce() throws Exception {
    boolean stale = !StaleNotices.of(ControlList.bundled(), LocalDate.now()).isEmpty();
    for (Role role : Role.values()) {
      String home =
          mvc.perform(get("/").with(TestUsers.as(users, role)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(home.contains("class=\"stale-notices\"")).as(role.name()).isEqualTo(stale);
    }
  }
}
