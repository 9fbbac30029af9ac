package dev.assay.server.web;

import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.util.Set;

/**
 * Users for the browser tests, over the demo's data (the shared server runs with assay.demo=true,
 * so the database holds what {@code ./assay serve --demo} shows): one user per role with a known
 * password, scoped as the demo's own users (whose passwords are random and printed once).
 */
final class PageData {
  static final String PASSWORD = "browser-test-password";

  /** The risk officer's offices (the demo risk officer's). */
  static Set<String> offices;

  /** The exporter user's unified social credit code (the demo exporter's). */
  static String exporter;

  private PageData() {}

  static synchronized void make(UserStore users) {
    if (users.exists("risk")) {
      return;
    }
    AssayUser demoRisk = users.find("demo-risk").orElseThrow();
    AssayUser demoExporter = users.find("demo-exporter").orElseThrow();
    offices = demoRisk.offices();
    exporter = demoExporter.exporterId().orElseThrow();
    users.create("risk", PASSWORD, Role.RISK_OFFICER, offices, null);
    users.create("licensing", PASSWORD, Role.LICENSING_OFFICER, Set.of(), null);
    users.create("analyst", PASSWORD, Role.ANALYST, Set.of(), null);
    users.create("admin", PASSWORD, Role.ADMIN, Set.of(), null);
    users.create("exporter", PASSWORD, Role.EXPORTER, Set.of(), exporter);
  }
}
