package dev.assay.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one user name within
 * the window, that name is blocked for the window (even the right password is refused, so the block
 * reveals nothing). A success clears the count. Kept in memory: a restart clears it, which is
 * acceptable for throttling; the audit log keeps the record of failures.
 */
@Component
public class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Bounded memory under a spray of made-up names. */
  private static final int MAX_TRACKED = 100_000;

  private record Failures(int count, Instant first) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isBlocked(String username) {
    Failures f = failures.get(key(username));
    if (f == null) {
      return false;
    }
    if (f.first().plus(WINDOW).isBefore(clock.instant())) {
      failures.remove(key(username), f);
      return false;
    }
    return f.count() >= MAX_FAILURES;
  }

  public void failed(String username) {
    if (failures.size() >= MAX_TRACKED) {
      Instant cutoff = clock.instant().minus(WINDOW);
      failures.values().removeIf(f -> f.first().isBefore(cutoff));
    }
    Instant now = clock.instant();
    failures.merge(
        key(username),
        new Failures(1, now),
        (old, one) ->
            old.first().plus(WINDOW).isBefore(now)
                ? one
                : new Failures(old.count() + 1, old.first()));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    failed(String.valueOf(event.getAuthentication().getName()));
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  private static String key(String username) {
    return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
  }
}
