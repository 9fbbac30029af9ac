package dev.assay.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The licensing officer's path: the inbox with its clocks, an application's review (control-list
 * determination, restricted-party results), a reasoned decision; then the licenses. The exporter
 * files an application and finds it in its own list, and only its own.
 */
class LicensingBrowserTest extends BrowserTestBase {

  @Test
  void officerAcceptsAndApproves() {
    Page page = chromium.signIn("licensing", PageData.PASSWORD);
    page.navigate(chromium.url("/licensing/applications"));
    int all = jdbc.sql("SELECT COUNT(*) FROM application").query(Integer.class).single();
    assertThat(page.locator("#inbox tbody tr")).hasCount(all);
    // Overdue applications (past their 45 working days) are listed first.
    if (page.locator("#inbox tbody tr.overdue").count() > 0) {
      assertThat(page.locator("#inbox tbody tr").first()).hasClass("overdue");
    }
    Chromium.screenshot(page, "licensing-inbox");

    String submitted =
        new dev.assay.store.JdbcApplicationRepository(database)
            .list().stream()
                .filter(a -> a.state() == dev.assay.license.ApplicationState.SUBMITTED)
                .findFirst()
                .orElseThrow()
                .id();
    page.navigate(chromium.url("/licensing/applications/" + submitted));
    assertThat(page.locator("h1")).containsText("SUBMITTED");
    assertThat(page.locator("td .badge").first()).not().hasText("");
    // A decision without a reason is refused by the browser (required) and by the server.
    page.fill("textarea[name=reason]", "documents complete");
    page.click("button[value=UNDER_REVIEW]");
    assertThat(page.locator(".flash.ok[role=status]")).containsText("under review");
    assertThat(page.locator("h1")).containsText("UNDER REVIEW");
    Chromium.screenshot(page, "licensing-review");
    page.fill("textarea[name=reason]", "end-user certificate verified with the consulate");
    page.click("button[value=APPROVED]");
    assertThat(page.locator("h1")).containsText("APPROVED");
    assertThat(page.locator(".timeline")).containsText("end-user certificate verified");

    page.navigate(chromium.url("/licensing/licenses"));
    assertThat(page.locator("#licenses tbody tr").first()).isVisible();
    page.locator("#licenses tbody tr a").first().click();
    assertThat(page.locator("#balances")).isVisible();
    Chromium.screenshot(page, "licensing-license");
    assertThat(chromium.consoleErrors).isEmpty();
  }

  @Test
  void exporterFilesAndFollowsOwnApplications() {
    Page page = chromium.signIn("exporter", PageData.PASSWORD);
    page.navigate(chromium.url("/exporter/applications/new"));
    page.fill("input[name=exporterName]", "Test Export Co., Ltd.");
    page.fill("input[name=hsCode]", "8112929010");
    page.fill("input[name=description]", "gallium, unwrought");
    page.fill("input[name=quantity]", "120");
    page.fill("input[name=valueUsd]", "54000");
    page.fill("input[name=destination]", "DE");
    page.fill("input[name=consignee]", "Halbleiter Werk GmbH");
    page.fill("input[name=consigneeCountry]", "DE");
    page.fill("textarea[name=endUse]", "epitaxial wafers for power electronics");
    Chromium.screenshot(page, "exporter-new-application");
    page.click("#new-application button[type=submit]");
    assertThat(page.locator(".flash.ok[role=status]")).containsText("filed and submitted");
    assertThat(page.locator("h1")).containsText("SUBMITTED");
    Chromium.screenshot(page, "exporter-application");

    page.navigate(chromium.url("/exporter/applications"));
    // Only the company's own applications: every row names the same exporter code's company.
    long rows = page.locator("#inbox tbody tr").count();
    long own =
        jdbc.sql("SELECT COUNT(*) FROM application WHERE exporter_id = ?")
            .param(PageData.exporter)
            .query(Long.class)
            .single();
    assertThat(rows).isEqualTo(own);
    // Another company's application is not found, and the officers' pages are refused.
    // Another company's application (made here: the demo's are all one exporter's).
    var repository = new dev.assay.store.JdbcApplicationRepository(database);
    var sample = repository.list().getFirst();
    String others = "APP-OTHER-" + System.nanoTime();
    repository.create(
        dev.assay.license.Application.draft(
            others,
            new dev.assay.declaration.Exporter(
                dev.assay.declaration.UnifiedSocialCreditCode.withCheckCharacter(
                    "91110000MA0000001"),
                "Another Company Ltd."),
            sample.licenseType(),
            sample.items(),
            sample.consignee(),
            sample.endUser(),
            sample.endUse(),
            sample.endUseCategory(),
            sample.destination(),
            sample.documents(),
            java.time.Instant.now()));
    assertThat(page.navigate(chromium.url("/exporter/applications/" + others)).status())
        .isEqualTo(404);
    assertThat(page.navigate(chromium.url("/licensing/applications")).status()).isEqualTo(403);

    // Its declarations: only its own, each line with its determination, no risk score.
    page.navigate(chromium.url("/exporter/declarations"));
    long declared =
        jdbc.sql("SELECT COUNT(*) FROM assessment WHERE exporter_id = ?")
            .param(PageData.exporter)
            .query(Long.class)
            .single();
    assertThat(page.locator("#declarations tbody tr"))
        .hasCount((int) Math.min(declared, ExporterPages.PAGE));
    assertThat(page.locator("body")).not().containsText("score");
    Chromium.screenshot(page, "exporter-declarations");
  }

  @Test
  void exporterAsksWhetherAShipmentNeedsALicense() {
    Page page = chromium.signIn("exporter", PageData.PASSWORD);
    page.click("nav >> text=License check");
    page.fill("#determine input[name=hsCode]", "8112929010");
    page.fill("#determine input[name=description]", "gallium metal 99.99% ingots");
    page.fill("#determine input[name=destination]", "DE");
    page.fill("#determine input[name=date]", "2024-01-10");
    page.fill("#determine input[name=quantity]", "500");
    page.fill("#determine input[name=valueUsd]", "150000");
    page.click("#ask");
    // The core's verdict with its legal basis, as assay determine gives it.
    assertThat(page.locator("#verdict")).hasText("LICENSE REQUIRED");
    assertThat(page.locator("#measures")).containsText("MOFCOM-GAC 2023 No. 23");
    assertThat(page.locator("#answer")).containsText("A license is required");
    Chromium.screenshot(page, "exporter-license-check", true);
    assertThat(chromium.consoleErrors).isEmpty();

    // A date long after the newest announcement: the stale-list warning is shown.
    page.fill("#determine input[name=date]", "2031-01-01");
    page.click("#ask");
    assertThat(page.locator("#stale-warnings")).isVisible();

    // A wrong HS code is named, and what was typed stays in the form.
    page.fill("#determine input[name=hsCode]", "81101");
    page.click("#ask");
    assertThat(page.locator("#errors")).containsText("hsCode");
    assertThat(page.locator("#determine input[name=hsCode]")).hasValue("81101");
    assertThat(page.locator("#verdict")).hasCount(0);
  }
}
