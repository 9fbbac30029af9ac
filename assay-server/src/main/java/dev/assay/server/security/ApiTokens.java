package dev.assay.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens for machine clients (a clearance system calling the screen endpoint). A token is 32
 * random bytes shown once at creation; only its SHA-256 is stored. A plain hash suffices (no
 * bcrypt) because the secret has full entropy: nothing to guess from a dictionary.
 */
@Component
public class ApiTokens {
  static final String PREFIX = "assay_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as listed: never its secret. */
  public record TokenInfo(
      String id,
      String username,
      String name,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      boolean revoked) {}

  /** A new token with its secret, which is not kept. */
  public record NewToken(TokenInfo info, String secret) {}

  private final JdbcClient jdbc;
  private final UserStore users;

  /**
   * Recent authentications, by token hash, for 30 seconds: a clearance system sends hundreds of
   * requests a second with one token, and two queries per request would cost more than the
   * screening. A revocation in this process clears it at once; a user disabled elsewhere takes
   * effect within the 30 seconds.
   */
  private final Cache<String, Optional<AssayUser>> recent =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)).build();

  public ApiTokens(JdbcClient jdbc, UserStore users) {
    this.jdbc = jdbc;
    this.users = users;
  }

  public NewToken create(String username, String name, OffsetDateTime expiresAt) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name: 1 to 200 characters");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO api_token (id, token_hash, username, name, created_at, expires_at,"
                + " revoked) VALUES (?, ?, ?, ?, ?, ?, FALSE)")
        .params(id, hash(secret), username, name, now, expiresAt)
        .update();
    return new NewToken(new TokenInfo(id, username, name, now, expiresAt, false), secret);
  }

  /** The user a presented token stands for, if it is known, unrevoked and unexpired. */
  public Optional<AssayUser> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    return recent.get(hash(secret), this::lookUp);
  }

  private Optional<AssayUser> lookUp(String hash) {
    Optional<String> username =
        jdbc.sql(
                "SELECT username FROM api_token WHERE token_hash = ? AND revoked = FALSE"
                    + " AND (expires_at IS NULL OR expires_at > ?)")
            .params(hash, OffsetDateTime.now(ZoneOffset.UTC))
            .query(String.class)
            .optional();
    return username
        .flatMap(users::find)
        .filter(AssayUser::isEnabled)
        .map(AssayUser::withoutPassword);
  }

  public List<TokenInfo> list(String username) {
    return jdbc.sql(
            "SELECT id, username, name, created_at, expires_at, revoked FROM api_token"
                + " WHERE username = ? ORDER BY created_at")
        .param(username)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getBoolean(6)))
        .list();
  }

  /** Revokes a token of the user; false when the user has no such token. */
  public boolean revoke(String username, String id) {
    boolean revoked =
        jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE id = ? AND username = ?")
                .params(id, username)
                .update()
            > 0;
    recent.invalidateAll();
    return revoked;
  }

  /** Forgets the recent authentications: a user was disabled, so every token is checked again. */
  public void forget() {
    recent.invalidateAll();
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
