package dev.assay.server.security;

import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disabling and enabling users (administrators). A disabled user cannot sign in, its API tokens
 * stop working at once, and a session it still holds ends at its next request ({@link
 * DisabledUserFilter}). The last administrator who may sign in cannot be disabled: nobody could
 * enable anyone again. Audited.
 */
@Service
public class UserAccounts {
  private final UserStore users;
  private final ApiTokens tokens;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  public UserAccounts(
      UserStore users, ApiTokens tokens, AuditLog audit, PlatformTransactionManager transactions) {
    this.users = users;
    this.tokens = tokens;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Enables or disables a user; a request that changes nothing is answered without an audit entry.
   *
   * @throws ApiException 404 for an unknown user, 409 for the last enabled administrator
   */
  public synchronized AssayUser setEnabled(String admin, String username, boolean enabled) {
    AssayUser user =
        users.find(username).orElseThrow(() -> ApiException.notFound("user " + username));
    if (user.isEnabled() == enabled) {
      return user.withoutPassword();
    }
    if (!enabled && user.role() == Role.ADMIN && users.enabledAdmins() <= 1) {
      throw ApiException.conflict(
          "username", "the last active administrator cannot be disabled; enable another first");
    }
    tx.executeWithoutResult(
        status -> {
          users.updateEnabled(username, enabled);
          audit.record(
              admin,
              enabled ? "USER_ENABLED" : "USER_DISABLED",
              "user:" + username,
              Map.of("role", user.role()));
        });
    tokens.forget();
    return users.find(username).orElseThrow().withoutPassword();
  }
}
