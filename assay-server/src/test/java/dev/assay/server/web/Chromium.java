package dev.assay.server.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, one per test class: Playwright's own browser download is
 * off, so the browser must be installed (.ci/run installs it). Under CI a missing browser fails the
 * tests; elsewhere they are skipped with a message saying why.
 */
final class Chromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("assay.chromium", "/usr/bin/chromium"));

  /**
   * Where the screenshots go: target/screens, so that a test run leaves the working tree clean;
   * {@code -Dassay.screens=../docs/screens} refreshes the documentation's (the tests run in the
   * module's folder).
   */
  static final Path SCREENS =
      Path.of(System.getProperty("assay.screens", Path.of("target", "screens").toString()));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final String base;

  /** Script errors and failed responses of every page opened, for the tests to assert none. */
  List<String> consoleErrors = new ArrayList<>();

  private Chromium(String base) {
    this.base = base;
    this.playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    this.browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking")));
  }

  static Chromium open(int port) {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = CHROMIUM + " is missing: install Debian's chromium (apt-get install chromium)";
      if (System.getenv("CI") != null) {
        fail(why);
      }
      Assumptions.abort("browser tests skipped: " + why);
    }
    return new Chromium("http://localhost:" + port);
  }

  /** A fresh session (its own cookies) signed in as the user given, on the landing page. */
  Page signIn(String username, String password) {
    // A list of its own per session: events of an earlier session's pages may still arrive.
    List<String> errors = new ArrayList<>();
    consoleErrors = errors;
    BrowserContext context =
        browser.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1400, 900));
    Page page = context.newPage();
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            errors.add(m.text());
          }
        });
    page.onPageError(e -> errors.add(e));
    page.onResponse(
        r -> {
          if (r.status() >= 400) {
            errors.add(r.status() + " " + r.url());
          }
        });
    page.navigate(base + "/login");
    page.fill("#username", username);
    page.fill("#password", password);
    page.click("button[type=submit]");
    page.waitForURL(url -> !url.contains("/login"));
    return page;
  }

  String url(String path) {
    return base + path;
  }

  /** A full-page screenshot for docs/screens/NAME.png. */
  static void screenshot(Page page, String name) {
    screenshot(page, name, false);
  }

  /** A screenshot of the window, or of the whole page. */
  static void screenshot(Page page, String name, boolean fullPage) {
    try {
      Files.createDirectories(SCREENS);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + ".png")).setFullPage(fullPage));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
