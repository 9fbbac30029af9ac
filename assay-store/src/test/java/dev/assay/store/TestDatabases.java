package dev.assay.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the repository tests run on: an H2 file database, always, and the PostgreSQL server
 * at 127.0.0.1:5432 (database {@code test}, user {@code postgres} or {@code root}, trust
 * authentication), each test in a schema of its own that is dropped afterwards. Where PostgreSQL
 * cannot be reached the PostgreSQL tests are skipped with a message saying so, except under CI (the
 * environment variable {@code CI} set), where they fail: CI must prove the real database.
 */
final class TestDatabases {
  static final String POSTGRES_URL =
      System.getProperty(
          "assay.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5");
  private static final List<String> POSTGRES_USERS = List.of("postgres", "root");

  private TestDatabases() {}

  /** A test database and how to get rid of it. */
  record Opened(Database database, AutoCloseable cleanup) {}

  static Opened h2(Path directory) {
    Database database =
        Database.open("jdbc:h2:file:" + directory.resolve("assay").toAbsolutePath(), null, null);
    return new Opened(database, () -> {});
  }

  static Opened postgres() {
    String user = reachableUser();
    // Only hexadecimal digits go into the name, so it is safe to write into DDL (identifiers
    // cannot be bound as parameters).
    String schema = "assay_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    String url =
        POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Database database = Database.open(url, user, null, schema);
    return new Opened(
        database,
        () -> {
          try (Connection c = connect(user);
              Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
          }
        });
  }

  private static String reachableUser() {
    SQLException last = null;
    for (String user : POSTGRES_USERS) {
      try (Connection c = connect(user)) {
        return user;
      } catch (SQLException e) {
        last = e;
      }
    }
    String message =
        "PostgreSQL is not reachable at "
            + POSTGRES_URL
            + " as "
            + POSTGRES_USERS
            + " ("
            + (last == null ? "no attempt" : last.getMessage())
            + "); the PostgreSQL half of the repository tests did not run";
    if (System.getenv("CI") != null) {
      fail(message + ". CI must run them: start the server (see .ci/run)");
    }
    Assumptions.abort(message + " (skipped outside CI)");
    throw new AssertionError("unreachable");
  }

  private static Connection connect(String user) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    return DriverManager.getConnection(POSTGRES_URL, properties);
  }
}
