package dev.assay.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The intelligence page on the demo's declarations in a real browser: ECharts draws both charts
 * from the JSON the page carries, without console errors. (In this package for the shared browser
 * and demo server; the page's own tests are in dev.assay.server.intelligence.)
 */
class IntelligenceBrowserTest extends BrowserTestBase {

  @Test
  void chartsDrawOnTheDemoData() {
    Page page = chromium.signIn("analyst", PageData.PASSWORD);
    page.navigate(chromium.url("/analyst/intelligence?mineral=antimony"));
    assertThat(page.locator("#trade-chart canvas")).hasCount(1);
    assertThat(page.locator("#sensitivity-chart canvas")).hasCount(1);
    assertThat(page.locator("#disruption tbody tr").first()).isVisible();
    assertThat(page.locator("#hub-test")).containsText("z >= 3.09");
    Chromium.screenshot(page, "analyst-intelligence", true);
    assertThat(chromium.consoleErrors).isEmpty();
  }
}
