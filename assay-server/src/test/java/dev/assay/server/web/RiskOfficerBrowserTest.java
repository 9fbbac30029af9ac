package dev.assay.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.assay.server.security.UserStore;
import dev.assay.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The risk officer's day: the alert queue of their office, a declaration, a case. */
@BrowserTest
class RiskOfficerBrowserTest {
  private static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Database database;
  @Autowired UserStore users;

  @BeforeEach
  void data() {
    PageData.make(jdbc, database, users);
    if (chromium == null) {
      chromium = Chromium.open(port);
    }
  }

  @AfterAll
  static void close() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  @Test
  void queueToDeclaration() {
    Page page = chromium.signIn("risk", PageData.PASSWORD);
    page.navigate(chromium.url("/risk/alerts"));
    assertThat(page.locator("h1")).hasText("Alert queue");
    assertThat(page.locator("#queue tbody tr").first()).isVisible();
    // Red comes first, and the officer sees only their own office.
    assertThat(page.locator("#queue tbody tr").first().locator(".badge").first()).hasText("RED");
    assertThat(page.locator("select[name=office] option")).hasCount(1);
    Chromium.screenshot(page, "risk-alerts");

    page.locator("#queue tbody tr a").first().click();
    assertThat(page.locator(".finding").first()).isVisible();
    assertThat(page.locator(".finding .basis").first()).containsText("Legal basis");
    Chromium.screenshot(page, "risk-declaration");

    assertThat(chromium.consoleErrors).isEmpty();

    // Another office's declaration is refused on the server, not only hidden.
    String other =
        jdbc.sql(
                "SELECT declaration_id FROM assessment WHERE customs_office <> ? FETCH FIRST 1 ROWS ONLY")
            .param(PageData.office)
            .query(String.class)
            .single();
    var response = page.navigate(chromium.url("/risk/declarations/" + other));
    assertThat(response.status()).isEqualTo(403);
  }
}
