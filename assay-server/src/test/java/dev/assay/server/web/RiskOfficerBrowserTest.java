package dev.assay.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The risk officer's day: the alert queue of their office, a declaration, a case. */
class RiskOfficerBrowserTest extends BrowserTestBase {

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
