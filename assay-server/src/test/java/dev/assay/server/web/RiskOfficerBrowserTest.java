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
    // The officer sees only their own offices.
    assertThat(page.locator("select[name=office] option")).hasCount(PageData.offices.size());

    // The latest alert with findings and no case yet, red preferred; red comes first on its day.
    String in = String.join(",", PageData.offices.stream().map(o -> "'" + o + "'").toList());
    var alert =
        jdbc.sql(
                "SELECT a.declaration_id, a.declared_at, a.customs_office FROM assessment a LEFT"
                    + " JOIN case_file c ON c.declaration_id = a.declaration_id WHERE"
                    + " a.customs_office IN ("
                    + in
                    + ") AND a.lane IN ('RED', 'YELLOW') AND c.id IS NULL AND"
                    + " TRIM(a.finding_codes) <> '' ORDER BY a.lane, a.declared_at DESC FETCH"
                    + " FIRST 1 ROWS ONLY")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .single();
    page.navigate(chromium.url("/risk/alerts?office=" + alert[2] + "&day=" + alert[1]));
    long reds =
        jdbc.sql(
                "SELECT COUNT(*) FROM assessment WHERE customs_office = ? AND declared_at = ? AND"
                    + " lane = 'RED'")
            .params(alert[2], java.time.LocalDate.parse(alert[1]))
            .query(Long.class)
            .single();
    assertThat(page.locator("#queue tbody tr").first().locator(".badge").first())
        .hasText(reds > 0 ? "RED" : "YELLOW");
    Chromium.screenshot(page, "risk-alerts");

    page.click("#queue a:text-is('" + alert[0] + "')");
    assertThat(page.locator(".finding").first()).isVisible();
    assertThat(page.locator(".finding .basis").first()).containsText("Legal basis");
    Chromium.screenshot(page, "risk-declaration");
    var lineOfFirstFinding = page.locator(".finding .head > span.muted.small").first();
    String firstLine = lineOfFirstFinding.count() > 0 ? lineOfFirstFinding.textContent() : "";

    // A case: opened from the alert, assigned, noted, an attachment's metadata, the outcome, the
    // referral and its document.
    page.click("#open-case");
    assertThat(page.locator("h1")).containsText("Case #");
    // why it was selected names each finding's goods line, as the declaration does
    if (!firstLine.isEmpty()) {
      assertThat(page.locator(".finding .head > span.muted.small").first()).hasText(firstLine);
    }
    page.selectOption("select[name=assignee]", "risk");
    page.click("#assign");
    assertThat(page.locator(".flash.ok")).containsText("Assigned to risk");
    page.fill(
        "textarea[name=body]", "Container opened at the bonded yard; powder in sealed drums.");
    page.click("#add-note");
    assertThat(page.locator("#notes")).containsText("sealed drums");
    page.setInputFiles(
        "input[type=file]",
        new com.microsoft.playwright.options.FilePayload(
            "photo-1.jpg", "image/jpeg", "not really a photo".getBytes()));
    page.click("#record-attachment");
    assertThat(page.locator("#attachments")).containsText("photo-1.jpg");
    Chromium.screenshot(page, "risk-case");
    page.selectOption("select[name=outcome]", "SEIZED");
    page.fill("input[name=typology]", "MISREPRESENTATION");
    page.fill("input[name=quantity]", "480");
    page.fill("input[name=unit]", "KG");
    page.fill("input[name=valueUsd]", "38000");
    page.click("#record-outcome");
    assertThat(page.locator("#outcome")).containsText("SEIZED");
    page.click("#refer");
    assertThat(page.locator("h1")).containsText("REFERRED");
    var pdf = page.request().get(chromium.url(page.locator("#referral-pdf").getAttribute("href")));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
    page.navigate(chromium.url("/risk/cases"));
    assertThat(page.locator("#cases tbody tr").first()).containsText("REFERRED");
    Chromium.screenshot(page, "risk-cases");
    assertThat(chromium.consoleErrors).isEmpty();

    // Another office's declaration is refused on the server, not only hidden.
    String other =
        jdbc.sql(
                "SELECT declaration_id FROM assessment WHERE customs_office NOT IN ("
                    + in
                    + ") FETCH FIRST 1 ROWS ONLY")
            .query(String.class)
            .single();
    var response = page.navigate(chromium.url("/risk/declarations/" + other));
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void uploadsABatchAndFollowsItsProgress() throws java.io.IOException {
    Page page = chromium.signIn("risk", PageData.PASSWORD);
    page.click("nav >> text=Batches");
    String first =
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("../examples/declarations.ndjson"))
            .get(1);
    // Declared at one of the officer's offices: the download holds only those (its data scope).
    first =
        first.replaceFirst(
            "\"customs_office\": \"[^\"]*\"",
            "\"customs_office\": \"" + PageData.offices.iterator().next() + "\"");
    String id = first.replaceAll(".*\"declaration_id\": \"([^\"]+)\".*", "$1");
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      file.append(first.replace("\"" + id + "\"", "\"BROWSER-BATCH-" + i + "\"")).append('\n');
    }
    file.append("{\"declaration_id\": \"BROWSER-BATCH-BAD\"}\n");
    page.setInputFiles(
        "#upload input[type=file]",
        new com.microsoft.playwright.options.FilePayload(
            "port-4900-today.ndjson",
            "application/x-ndjson",
            file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    page.click("#submit-batch");
    // htmx polls the progress panel until the job is done.
    assertThat(page.locator("#job-status"))
        .hasText(
            "DONE",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setTimeout(60_000));
    // The bad record is reported once per field at fault, each with its line and reason.
    String total = page.locator("#job-total").textContent();
    assertThat(page.locator("#job-processed")).hasText(total);
    assertThat(Integer.parseInt(page.locator("#job-failed").textContent()))
        .isEqualTo(Integer.parseInt(total) - 40)
        .isPositive();
    assertThat(page.locator("#batch-errors"))
        .containsText("line 41, declaration BROWSER-BATCH-BAD");
    assertThat(page.locator("#download")).isVisible();
    Chromium.screenshot(page, "risk-batch", true);
    // The download is the batch's assessments, one JSON line per screened declaration.
    var results = page.request().get(chromium.url(page.locator("#download").getAttribute("href")));
    assertThat(results.status()).isEqualTo(200);
    assertThat(results.text().lines().count()).isEqualTo(40);
    page.click(".crumbs >> text=Batches");
    assertThat(page.locator("#batches")).containsText("DONE");
    Chromium.screenshot(page, "risk-batches");
    assertThat(chromium.consoleErrors).isEmpty();
  }
}
