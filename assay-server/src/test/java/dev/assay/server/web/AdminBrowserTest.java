package dev.assay.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The administrator's path: a user, an API token that works, the audit trail verified. */
class AdminBrowserTest extends BrowserTestBase {

  @Test
  void userTokenAndAudit() {
    Page page = chromium.signIn("admin", PageData.PASSWORD);
    page.navigate(chromium.url("/admin/users"));
    page.fill("#new-user input[name=username]", "analyst-2");
    page.selectOption("#new-user select[name=role]", "ANALYST");
    page.click("#new-user button[type=submit]");
    assertThat(page.locator(".flash.ok")).containsText("Password (shown once");
    assertThat(page.locator("#users")).containsText("analyst-2");
    Chromium.screenshot(page, "admin-users");

    page.navigate(chromium.url("/admin/tokens"));
    page.selectOption("#new-token select[name=username]", "analyst-2");
    page.fill("#new-token input[name=name]", "nightly trend export");
    page.click("#new-token button[type=submit]");
    String flash = page.locator(".flash.ok").textContent();
    String secret = flash.substring(flash.lastIndexOf(' ') + 1).strip();
    // The secret shown works as a bearer token on the API, with the user's role.
    var api =
        page.request()
            .get(
                chromium.url("/api/v1/rules"),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Authorization", "Bearer " + secret));
    assertThat(api.status()).isEqualTo(200);
    Chromium.screenshot(page, "admin-tokens");

    page.navigate(chromium.url("/admin/audit"));
    page.click("#verify");
    assertThat(page.locator("#verification")).containsText("Chain intact");
    assertThat(page.locator("#audit")).containsText("TOKEN_CREATED");
    Chromium.screenshot(page, "admin-audit");
    assertThat(chromium.consoleErrors).isEmpty();
  }
}
