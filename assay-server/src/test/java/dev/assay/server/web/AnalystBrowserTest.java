package dev.assay.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The analyst's path: charts of the trade, an exporter's network, a backtest of a draft rule. */
class AnalystBrowserTest extends BrowserTestBase {

  @Test
  void trendsNetworkAndBacktest() {
    Page page = chromium.signIn("analyst", PageData.PASSWORD);
    page.navigate(chromium.url("/analyst/trends"));
    // ECharts drew into each chart (a canvas), from the JSON the page carries.
    assertThat(page.locator("#exports-chart canvas")).hasCount(1);
    assertThat(page.locator("#lanes-chart canvas")).hasCount(1);
    assertThat(page.locator("#findings-chart canvas")).hasCount(1);
    assertThat(page.locator("#hit-rates tbody tr").first()).isVisible();
    Chromium.screenshot(page, "analyst-trends", true);

    page.navigate(chromium.url("/analyst/network"));
    assertThat(page.locator("#network canvas").first()).isVisible();
    Chromium.screenshot(page, "analyst-network");

    page.navigate(chromium.url("/analyst/backtest"));
    page.click("#run-backtest");
    assertThat(page.locator("#comparison")).containsText("declarations replayed");
    assertThat(page.locator("#backtest-chart canvas")).hasCount(1);
    Chromium.screenshot(page, "analyst-backtest");

    // A rule that does not type-check is reported, named, and nothing is run.
    page.fill(
        "textarea[name=rules]",
        "rules:\n  - id: typo\n    description: x\n    expression: declaration.destinaton == 'HK'\n"
            + "    finding: TRANSSHIPMENT_RISK\n    severity: LOW\n    basis: test\n");
    page.click("#run-backtest");
    assertThat(
            page.locator(".flash.err")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("typo")))
        .containsText("destinaton");
    assertThat(page.locator("#comparison")).hasCount(0);
    assertThat(chromium.consoleErrors).isEmpty();

    // The analyst's role does not open the risk officer's pages.
    assertThat(page.navigate(chromium.url("/risk/alerts")).status()).isEqualTo(403);
  }

  @Test
  void draftsBacktestsAndAnotherPersonActivatesARule() {
    Page page = chromium.signIn("analyst", PageData.PASSWORD);
    page.click("nav >> text=Rules");
    // The demo's rules are in force, and the trends page charts their firings.
    assertThat(page.locator("#active")).containsText("controlled-to-new-destination");
    page.fill("#new-rule input[name=id]", "postal-controlled");
    page.fill("#new-rule input[name=description]", "a controlled mineral sent by post");
    page.fill(
        "#new-rule textarea[name=expression]",
        "declaration.controlled_lines > 0 && declaration.transport_mode == 'POST'");
    page.selectOption("#new-rule select[name=finding]", "CONCEALMENT");
    page.fill("#new-rule input[name=basis]", "analyst memo 2026-12");
    page.click("#save-draft");
    assertThat(page.locator("#drafts")).containsText("postal-controlled");
    assertThat(page.locator("#drafts")).containsText("A second person must activate it");
    Chromium.screenshot(page, "analyst-rules", true);

    // The draft goes to the backtest page as the rule to try.
    page.click("#drafts >> text=Backtest");
    assertThat(page.locator("textarea[name=rules]")).containsText("postal-controlled");
    page.click("#run-backtest");
    assertThat(page.locator("#comparison")).containsText("declarations replayed");

    // A rule that does not type-check is refused with the field and the reason.
    page.navigate(chromium.url("/analyst/rules"));
    page.fill("#new-rule input[name=id]", "typo");
    page.fill("#new-rule input[name=description]", "x");
    page.fill("#new-rule textarea[name=expression]", "declaration.destinaton == 'HK'");
    page.fill("#new-rule input[name=basis]", "x");
    page.click("#save-draft");
    assertThat(page.locator("#error")).containsText("field expression");
    assertThat(page.locator("#error")).containsText("destinaton");
    assertThat(page.locator("#new-rule textarea[name=expression]"))
        .hasValue("declaration.destinaton == 'HK'");

    page.navigate(chromium.url("/analyst/trends"));
    assertThat(page.locator("#rule-firings-chart canvas")).hasCount(1);
    assertThat(page.locator("#rule-hit-rates")).containsText("controlled-to-new-destination");
    Chromium.screenshot(page, "analyst-rule-hits", true);

    // The administrator, a second person, activates it.
    Page admin = chromium.signIn("admin", PageData.PASSWORD);
    admin.navigate(chromium.url("/analyst/rules"));
    admin
        .locator("#drafts article")
        .filter(
            new com.microsoft.playwright.Locator.FilterOptions().setHasText("postal-controlled"))
        .locator("text=Activate")
        .click();
    assertThat(admin.locator("#active")).containsText("postal-controlled");
    assertThat(admin.locator("#active")).containsText("activated by admin");

    admin.navigate(chromium.url("/analyst/weights"));
    assertThat(admin.locator("#weights")).containsText("CONCEALMENT");
    // The demo's closed cases taught the engine: some family learned, its interval drawn.
    assertThat(admin.locator("#learned-summary")).containsText("inspection outcome(s) learned");
    assertThat(admin.locator("#weights tr.learned").first()).isVisible();
    assertThat(admin.locator("#weights tr.learned .wbar .ci").first()).isVisible();
    Chromium.screenshot(admin, "analyst-weights", true);
  }
}
