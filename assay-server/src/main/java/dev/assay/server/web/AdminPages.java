package dev.assay.server.web;

import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.FirstAdmin;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserAccounts;
import dev.assay.server.security.UserStore;
import dev.assay.store.AuditChain;
import dev.assay.store.Database;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages (/admin, administrators only): users, API tokens for machine clients,
 * and the audit trail with the verification of its hash chain. A new user's password and a new
 * token's secret are generated here and shown once; only their hashes are kept.
 */
@Controller
public class AdminPages {
  static final int AUDIT_PAGE = 200;

  private final UserStore users;
  private final ApiTokens tokens;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Database database;
  private final UserAccounts accounts;

  public AdminPages(
      UserStore users,
      ApiTokens tokens,
      AuditLog audit,
      JdbcClient jdbc,
      Database database,
      UserAccounts accounts) {
    this.users = users;
    this.tokens = tokens;
    this.audit = audit;
    this.jdbc = jdbc;
    this.database = database;
    this.accounts = accounts;
  }

  @PostMapping("/admin/users/{username}/{state:enable|disable}")
  String setEnabled(
      @AuthenticationPrincipal AssayUser admin,
      @PathVariable("username") String username,
      @PathVariable("state") String state,
      RedirectAttributes flash) {
    boolean enable = state.equals("enable");
    try {
      accounts.setEnabled(admin.getUsername(), username, enable);
      flash.addFlashAttribute(
          "message",
          "User "
              + username
              + (enable
                  ? " enabled."
                  : " disabled: cannot sign in; API tokens and sessions no longer work."));
    } catch (ApiException e) {
      flash.addFlashAttribute(
          "error", e.errors().isEmpty() ? e.getMessage() : e.errors().getFirst().reason());
    }
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/users")
  String users(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "m", required = false) String unused,
      Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Users", "/admin/users"));
    model.addAttribute("users", users.all());
    model.addAttribute("roles", List.of(Role.values()));
    return "admin/users";
  }

  @PostMapping("/admin/users")
  String createUser(
      @AuthenticationPrincipal AssayUser admin,
      @RequestParam("username") String username,
      @RequestParam("role") Role role,
      @RequestParam(name = "offices", defaultValue = "") String offices,
      @RequestParam(name = "exporterId", defaultValue = "") String exporterId,
      RedirectAttributes flash) {
    if (users.exists(username.strip())) {
      flash.addFlashAttribute("error", "User name " + username + " is taken.");
      return "redirect:/admin/users";
    }
    Set<String> officeSet = new LinkedHashSet<>();
    Arrays.stream(offices.split("[,\\s]+")).filter(o -> !o.isBlank()).forEach(officeSet::add);
    String password = FirstAdmin.newPassword();
    try {
      users.create(
          username.strip(),
          password,
          role,
          officeSet,
          exporterId.isBlank() ? null : exporterId.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/admin/users";
    }
    audit.record(
        admin.getUsername(), "USER_CREATED", "user:" + username.strip(), Map.of("role", role));
    flash.addFlashAttribute(
        "message",
        "User "
            + username.strip()
            + " created. Password (shown once, give it to the user): "
            + password);
    return "redirect:/admin/users";
  }

  /** A token row with its owner. */
  public record TokenRow(ApiTokens.TokenInfo info, boolean expired) {}

  @GetMapping("/admin/tokens")
  String tokens(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    List<TokenRow> rows = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (AssayUser u : users.all()) {
      for (ApiTokens.TokenInfo t : tokens.list(u.getUsername())) {
        rows.add(new TokenRow(t, t.expiresAt() != null && t.expiresAt().isBefore(now)));
      }
    }
    model.addAttribute("shell", new Shell(user, csrf, "API tokens", "/admin/tokens"));
    model.addAttribute("tokens", rows);
    model.addAttribute("usernames", users.all().stream().map(AssayUser::getUsername).toList());
    return "admin/tokens";
  }

  @PostMapping("/admin/tokens")
  String createToken(
      @AuthenticationPrincipal AssayUser admin,
      @RequestParam("username") String username,
      @RequestParam("name") String name,
      @RequestParam(name = "days", defaultValue = "365") int days,
      RedirectAttributes flash) {
    if (!users.exists(username) || days < 1 || days > 3650) {
      flash.addFlashAttribute("error", "Choose a user and a validity of 1 to 3650 days.");
      return "redirect:/admin/tokens";
    }
    ApiTokens.NewToken token;
    try {
      token = tokens.create(username, name, OffsetDateTime.now(ZoneOffset.UTC).plusDays(days));
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/admin/tokens";
    }
    audit.record(
        admin.getUsername(),
        "TOKEN_CREATED",
        "user:" + username,
        Map.of("token", token.info().id(), "name", token.info().name()));
    flash.addFlashAttribute(
        "message",
        "Token for "
            + username
            + " created. Secret (shown once; send as Authorization: Bearer …): "
            + token.secret());
    return "redirect:/admin/tokens";
  }

  @PostMapping("/admin/tokens/{username}/{id}/revoke")
  String revoke(
      @AuthenticationPrincipal AssayUser admin,
      @PathVariable("username") String username,
      @PathVariable("id") String id,
      RedirectAttributes flash) {
    if (tokens.revoke(username, id)) {
      audit.record(admin.getUsername(), "TOKEN_REVOKED", "user:" + username, Map.of("token", id));
      flash.addFlashAttribute("message", "Token revoked.");
    } else {
      flash.addFlashAttribute("error", "No such token.");
    }
    return "redirect:/admin/tokens";
  }

  /** The audit page: the latest entries, filtered, and the chain's verification when asked. */
  public record Audit(
      List<AuditLog.Entry> entries,
      String actor,
      String action,
      String subject,
      Optional<AuditChain.Verification> verification,
      List<String> actions) {}

  @GetMapping("/admin/audit")
  String audit(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "actor", defaultValue = "") String actor,
      @RequestParam(name = "action", defaultValue = "") String action,
      @RequestParam(name = "subject", defaultValue = "") String subject,
      @RequestParam(name = "verify", defaultValue = "false") boolean verify,
      Model model) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT seq, at, actor, action, subject, details, hash FROM audit_log WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (!actor.isBlank()) {
      sql.append(" AND actor = ?");
      params.add(actor.strip());
    }
    if (!action.isBlank()) {
      sql.append(" AND action = ?");
      params.add(action.strip());
    }
    if (!subject.isBlank()) {
      sql.append(" AND subject LIKE ?");
      params.add(subject.strip().replace("%", "") + "%");
    }
    sql.append(" ORDER BY seq DESC FETCH FIRST " + AUDIT_PAGE + " ROWS ONLY");
    List<AuditLog.Entry> entries =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, n) ->
                    new AuditLog.Entry(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
            .list();
    List<String> actions =
        jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action")
            .query(String.class)
            .list();
    model.addAttribute("shell", new Shell(user, csrf, "Audit", "/admin/audit"));
    model.addAttribute(
        "audit",
        new Audit(
            entries,
            actor,
            action,
            subject,
            verify ? Optional.of(AuditChain.verify(database)) : Optional.empty(),
            actions));
    return "admin/audit";
  }
}
