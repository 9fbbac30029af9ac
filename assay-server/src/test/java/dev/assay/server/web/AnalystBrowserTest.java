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
}
