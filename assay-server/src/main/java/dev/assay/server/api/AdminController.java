package dev.assay.server.api;

import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserAccounts;
import dev.assay.server.security.UserStore;
import dev.assay.store.AuditChain;
import dev.assay.store.Database;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users (administrators), API tokens (each user their own), the audit log (administrators). */
@RestController
@Tag(name = "Users, tokens and audit")
public class AdminController {
  private final UserStore users;
  private final ApiTokens tokens;
  private final AuditLog audit;
  private final Database database;
  private final UserAccounts accounts;

  public AdminController(
      UserStore users, ApiTokens tokens, AuditLog audit, Database database, UserAccounts accounts) {
    this.users = users;
    this.tokens = tokens;
    this.audit = audit;
    this.database = database;
    this.accounts = accounts;
  }

  /** A user as listed: never the password hash. */
  public record UserView(
      String username, Role role, Set<String> offices, String exporterId, boolean enabled) {
    static UserView of(AssayUser u) {
      return new UserView(
          u.getUsername(), u.role(), u.offices(), u.exporterId().orElse(null), u.isEnabled());
    }
  }

  @GetMapping("/api/v1/users")
  public List<UserView> users() {
    return users.all().stream().map(UserView::of).toList();
  }

  public record NewUser(
      String username, String password, String role, Set<String> offices, String exporterId) {}

  @Operation(summary = "Create a user (administrators); the password is stored only as a hash")
  @PostMapping("/api/v1/users")
  public ResponseEntity<UserView> createUser(@RequestBody NewUser body) {
    if (body == null) {
      throw ApiException.badField("username", "required");
    }
    Role role;
    try {
      role = Role.valueOf(String.valueOf(body.role()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("role", "one of " + List.of(Role.values()));
    }
    if (users.exists(String.valueOf(body.username()))) {
      throw ApiException.conflict("username", "taken");
    }
    AssayUser created;
    try {
      created =
          users.create(
              body.username(),
              body.password(),
              role,
              body.offices() == null ? Set.of() : body.offices(),
              body.exporterId());
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int colon = message.indexOf(':');
      throw ApiException.badField(
          colon > 0 ? message.substring(0, colon) : "body",
          colon > 0 ? message.substring(colon + 1).trim() : message);
    }
    audit.record(
        CurrentUser.get().getUsername(),
        "USER_CREATED",
        "user:" + created.getUsername(),
        Map.of("role", role));
    return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(created));
  }

  @Operation(
      summary = "Disable a user (administrators)",
      description =
          "The user can no longer sign in, its API tokens stop working and its sessions end. The"
              + " last enabled administrator cannot be disabled (409).")
  @PostMapping("/api/v1/users/{username}/disable")
  public UserView disable(@PathVariable String username) {
    return UserView.of(accounts.setEnabled(CurrentUser.get().getUsername(), username, false));
  }

  @Operation(summary = "Enable a disabled user again (administrators)")
  @PostMapping("/api/v1/users/{username}/enable")
  public UserView enable(@PathVariable String username) {
    return UserView.of(accounts.setEnabled(CurrentUser.get().getUsername(), username, true));
  }

  @GetMapping("/api/v1/tokens")
  public List<ApiTokens.TokenInfo> myTokens() {
    return tokens.list(CurrentUser.get().getUsername());
  }

  public record NewToken(String name, OffsetDateTime expiresAt) {}

  @Operation(
      summary = "Create an API token for yourself",
      description = "The secret is in this answer only; send it as Authorization: Bearer <secret>.")
  @PostMapping("/api/v1/tokens")
  public ResponseEntity<ApiTokens.NewToken> createToken(@RequestBody NewToken body) {
    String user = CurrentUser.get().getUsername();
    ApiTokens.NewToken token;
    try {
      token =
          tokens.create(
              user, body == null ? null : body.name(), body == null ? null : body.expiresAt());
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("name", e.getMessage());
    }
    audit.record(
        user,
        "TOKEN_CREATED",
        "user:" + user,
        Map.of("token", token.info().id(), "name", token.info().name()));
    return ResponseEntity.status(HttpStatus.CREATED).body(token);
  }

  @DeleteMapping("/api/v1/tokens/{id}")
  public ResponseEntity<Void> revoke(@PathVariable String id) {
    String user = CurrentUser.get().getUsername();
    if (!tokens.revoke(user, id)) {
      throw ApiException.notFound("token " + id);
    }
    audit.record(user, "TOKEN_REVOKED", "user:" + user, Map.of("token", id));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The latest audit entries, newest first (administrators)")
  @GetMapping("/api/v1/audit")
  public List<AuditLog.Entry> audit(
      @RequestParam(required = false) String subject,
      @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
    PageResult.check(0, size);
    return audit.latest(subject, size);
  }

  /** The chain's state, as assay audit verify reports it. */
  public record Verification(boolean intact, long rowsChecked, Long brokenAt, String reason) {}

  @GetMapping("/api/v1/audit/verify")
  public Verification verify() {
    AuditChain.Verification v = AuditChain.verify(database);
    return new Verification(
        v.intact(),
        v.rowsChecked(),
        v.firstBreak().map(AuditChain.Break::seq).orElse(null),
        v.firstBreak().map(AuditChain.Break::reason).orElse(null));
  }
}
