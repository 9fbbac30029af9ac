package dev.assay.server.audit;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins, successful or not, go into the audit log (API token calls are not sign-ins). */
@Component
public class LoginAudit {
  private final AuditLog audit;

  public LoginAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    String user = event.getAuthentication().getName();
    audit.record(user, "LOGIN_SUCCEEDED", "user:" + user, Map.of());
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    String user = String.valueOf(event.getAuthentication().getName());
    if (user.length() > 100) {
      user = user.substring(0, 100);
    }
    audit.record(
        "anonymous",
        "LOGIN_FAILED",
        "user:" + user,
        Map.of("reason", event.getException().getClass().getSimpleName()));
  }
}
