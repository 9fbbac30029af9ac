package dev.assay.server.web;

import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's frame needs: who is signed in, the sections their role may open (the server
 * enforces the same by path; the navigation only hides what would be refused), which one is active,
 * the CSRF token for forms and htmx requests, and the notices every page shows (a control list that
 * may be out of date).
 */
public record Shell(
    AssayUser user, CsrfToken csrf, String title, String active, List<String> notices) {

  public Shell {
    notices = List.copyOf(notices);
  }

  /** A frame without notices; {@link StaleNoticeInterceptor} adds them to every page. */
  public Shell(AssayUser user, CsrfToken csrf, String title, String active) {
    this(user, csrf, title, active, List.of());
  }

  public Shell withNotices(List<String> notices) {
    return new Shell(user, csrf, title, active, notices);
  }

  /** A link of the top bar. */
  public record NavItem(String href, String label) {}

  public String csrfHeader() {
    return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
  }

  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }

  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  /** The htmx request headers, as the JSON that the body's hx-headers attribute takes. */
  public String htmxHeaders() {
    return "{\"" + csrfHeader() + "\": \"" + csrfToken() + "\"}";
  }

  public String roleLabel() {
    return label(user.role());
  }

  public List<NavItem> nav() {
    return nav(user.role());
  }

  public boolean isActive(NavItem item) {
    return item.href().equals(active);
  }

  /** The sections of a role, first its daily work; an administrator sees every officer's too. */
  public static List<NavItem> nav(Role role) {
    List<NavItem> items = new ArrayList<>();
    switch (role) {
      case RISK_OFFICER -> risk(items);
      case LICENSING_OFFICER -> licensing(items);
      case ANALYST -> analyst(items);
      case EXPORTER -> {
        items.add(new NavItem("/exporter/applications", "My applications"));
        items.add(new NavItem("/exporter/applications/new", "New application"));
        items.add(new NavItem("/exporter/declarations", "My declarations"));
        items.add(new NavItem("/exporter/determine", "License check"));
      }
      case ADMIN -> {
        items.add(new NavItem("/admin/users", "Users"));
        items.add(new NavItem("/admin/tokens", "API tokens"));
        items.add(new NavItem("/admin/audit", "Audit"));
        risk(items);
        licensing(items);
        analyst(items);
      }
    }
    return items;
  }

  /** Where a role lands after signing in. */
  public static String home(Role role) {
    return nav(role).getFirst().href();
  }

  public static String label(Role role) {
    return switch (role) {
      case RISK_OFFICER -> "Risk officer";
      case LICENSING_OFFICER -> "Licensing officer";
      case ANALYST -> "Analyst";
      case EXPORTER -> "Exporter";
      case ADMIN -> "Administrator";
    };
  }

  /** One line on what a section is for, shown on the landing page. */
  public static String describe(String href) {
    return switch (href) {
      case "/risk/alerts" ->
          "Today's red and yellow declarations per customs office, by risk score.";
      case "/risk/batches" ->
          "Upload a file of declarations (CSV or NDJSON); follow its progress and errors.";
      case "/risk/cases" -> "Inspections under way: assignments, notes, outcomes, referrals.";
      case "/licensing/applications" ->
          "Applications with the 45-working-day statutory clock; overdue ones first.";
      case "/licensing/licenses" -> "Licenses issued, their drawdown and history.";
      case "/analyst/trends" ->
          "Exports per mineral, destination and month; lane loads and hit rates.";
      case "/analyst/network" -> "An exporter's consignees, addresses and past violators.";
      case "/analyst/rules" ->
          "Analyst rules: draft, backtest, activate (a second person), deactivate.";
      case "/analyst/weights" -> "The scoring weights in force, per finding code and severity.";
      case "/analyst/backtest" -> "What a draft rule would have changed on past declarations.";
      case "/exporter/determine", "/licensing/determine" ->
          "Does a shipment need a license? The control-list determination with its basis.";
      case "/exporter/applications" -> "Your license applications and where each stands.";
      case "/exporter/applications/new" -> "File a new export license application.";
      case "/exporter/declarations" -> "Your declarations and the determinations made on them.";
      case "/admin/users" -> "Who may sign in, with which role and scope.";
      case "/admin/tokens" -> "Tokens for machine clients of the API.";
      case "/admin/audit" -> "The hash-chained log of every state change.";
      default -> "";
    };
  }

  private static void risk(List<NavItem> items) {
    items.add(new NavItem("/risk/alerts", "Alerts"));
    items.add(new NavItem("/risk/cases", "Cases"));
    items.add(new NavItem("/risk/batches", "Batches"));
  }

  private static void licensing(List<NavItem> items) {
    items.add(new NavItem("/licensing/applications", "Applications"));
    items.add(new NavItem("/licensing/licenses", "Licenses"));
    items.add(new NavItem("/licensing/determine", "License check"));
  }

  private static void analyst(List<NavItem> items) {
    items.add(new NavItem("/analyst/trends", "Trends"));
    items.add(new NavItem("/analyst/network", "Network"));
    items.add(new NavItem("/analyst/rules", "Rules"));
    items.add(new NavItem("/analyst/backtest", "Backtest"));
    items.add(new NavItem("/analyst/weights", "Weights"));
    items.add(new NavItem("/analyst/intelligence", "Intelligence"));
  }
}
