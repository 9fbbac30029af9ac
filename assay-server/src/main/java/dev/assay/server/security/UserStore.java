package dev.assay.server.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The users, in table app_user; passwords only as hashes (bcrypt by default). */
@Component
public class UserStore implements UserDetailsService {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private volatile Set<String> disabled;

  public UserStore(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.throttle = throttle;
  }

  @Override
  public AssayUser loadUserByUsername(String username) {
    return find(username)
        .map(
            u ->
                new AssayUser(
                    u.getUsername(),
                    u.getPassword(),
                    u.role(),
                    u.offices(),
                    u.exporterId().orElse(null),
                    u.isEnabled(),
                    throttle.isBlocked(username)))
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  public Optional<AssayUser> find(String username) {
    return jdbc.sql(
            "SELECT username, password_hash, role, offices, exporter_id, enabled FROM app_user"
                + " WHERE username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new AssayUser(
                    rs.getString(1),
                    rs.getString(2),
                    Role.valueOf(rs.getString(3)),
                    offices(rs.getString(4)),
                    trimmed(rs.getString(5)),
                    rs.getBoolean(6),
                    false))
        .optional();
  }

  /**
   * Creates a user with the password given (stored only as its hash).
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  public AssayUser create(
      String username, String password, Role role, Set<String> offices, String exporterId) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username: 1 to 100 letters, digits or ._@- ; got '" + username + "'");
    }
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException("password: at least 12 characters");
    }
    if (role == Role.EXPORTER && (exporterId == null || !USCC.matcher(exporterId).matches())) {
      throw new IllegalArgumentException(
          "exporterId: an exporter's user needs its 18-character unified social credit code");
    }
    if (role == Role.RISK_OFFICER && offices.isEmpty()) {
      throw new IllegalArgumentException(
          "offices: a risk officer needs at least one customs office");
    }
    jdbc.sql(
            "INSERT INTO app_user (username, password_hash, role, offices, exporter_id, enabled,"
                + " created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)")
        .params(
            username,
            encoder.encode(password),
            role.name(),
            String.join(",", offices),
            role == Role.EXPORTER ? exporterId : null,
            OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return find(username).orElseThrow();
  }

  public List<AssayUser> all() {
    return jdbc
        .sql("SELECT username FROM app_user ORDER BY username")
        .query(String.class)
        .list()
        .stream()
        .map(name -> find(name).orElseThrow().withoutPassword())
        .toList();
  }

  /**
   * Whether a user is disabled, from a set kept in memory (read once, then kept by {@link
   * #updateEnabled}), so the check on every request costs no query. One server per database, as the
   * embedded default is; a second server would see another's change only on restart.
   */
  public boolean isDisabled(String username) {
    return disabled().contains(username);
  }

  private Set<String> disabled() {
    Set<String> d = disabled;
    if (d == null) {
      d = java.util.concurrent.ConcurrentHashMap.newKeySet();
      d.addAll(
          jdbc.sql("SELECT username FROM app_user WHERE enabled = FALSE")
              .query(String.class)
              .list());
      disabled = d;
    }
    return d;
  }

  /** Sets a user's enabled flag in the database (in the caller's transaction) and in memory. */
  public void updateEnabled(String username, boolean enabled) {
    jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?")
        .params(enabled, username)
        .update();
    if (enabled) {
      disabled().remove(username);
    } else {
      disabled().add(username);
    }
  }

  /** How many administrators may sign in. */
  public long enabledAdmins() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE")
        .query(Long.class)
        .single();
  }

  public boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
            .param(username)
            .query(Integer.class)
            .single()
        > 0;
  }

  private static Set<String> offices(String column) {
    if (column == null || column.isBlank()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }

  private static String trimmed(String s) {
    return s == null ? null : s.trim();
  }
}
