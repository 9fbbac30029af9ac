package dev.assay.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * One Assay database: PostgreSQL in production, or the embedded H2 file database that needs no
 * server. Opening it brings its schema up to date with the Flyway migrations shipped in this
 * module; the same migrations serve both. Work runs in transactions ({@link #inTransaction}): all
 * of it is committed, or none.
 */
public final class Database {
  /** The default: an H2 file under the working directory, created on first use. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./assay-data/assay";

  private final String url;
  private final ConnectionSource connections;

  /** The raw URL and connection source, for tests that put a failing connection in between. */
  String rawUrl() {
    return url;
  }

  ConnectionSource connections() {
    return connections;
  }

  Database(String url, ConnectionSource connections) {
    this.url = url;
    this.connections = connections;
  }

  /**
   * Opens a database and migrates it. User and password may be null: PostgreSQL then takes them
   * from the URL ({@code ?user=...&password=...}) or its own defaults, H2 uses its defaults.
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Database open(String url, String user, String password) {
    if (url == null || !url.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "a database URL starts with jdbc:, such as "
              + DEFAULT_URL
              + " or jdbc:postgresql://127.0.0.1:5432/assay; got '"
              + url
              + "'");
    }
    return open(url, user, password, null);
  }

  /** Opens a database whose tables live in one schema (created if need be), as tests use. */
  static Database open(String url, String user, String password, String schema) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    String opened = keptOpen(url);
    Database database = new Database(opened, () -> DriverManager.getConnection(opened, properties));
    database.migrate(user, password, schema);
    return database;
  }

  /**
   * An embedded H2 file URL that keeps the database open for a while after its last connection
   * closes. H2 otherwise closes the file after every transaction and opens it again for the next:
   * slow (an import of licenses spent most of its time there), and between two transactions another
   * process could take the file's lock, which then failed a command half-way.
   */
  static String keptOpen(String url) {
    if (!url.startsWith("jdbc:h2:")
        || url.startsWith("jdbc:h2:mem:")
        || url.startsWith("jdbc:h2:tcp:")
        || url.startsWith("jdbc:h2:ssl:")
        || url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")) {
      return url;
    }
    return url + ";DB_CLOSE_DELAY=10";
  }

  private void migrate(String user, String password, String schema) {
    // Flyway reports each step at INFO; a command-line run should stay quiet unless it fails.
    Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    try {
      var config =
          Flyway.configure(Database.class.getClassLoader())
              .dataSource(url, user, password)
              .locations("classpath:db/migration");
      if (schema != null) {
        config = config.schemas(schema).defaultSchema(schema);
      }
      config.load().migrate();
    } catch (RuntimeException e) {
      throw new StoreException("cannot open or migrate the database at " + redacted(url), e);
    }
  }

  /** The URL, without any password it carries, for messages. */
  public String url() {
    return redacted(url);
  }

  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** Whether this is the embedded H2 database. */
  public boolean isEmbedded() {
    return url.startsWith("jdbc:h2:");
  }

  /**
   * Runs work in one transaction on its own connection: committed if the work returns, rolled back
   * if it throws (and the exception passed on, SQL failures as {@link StoreException}).
   */
  <T> T inTransaction(String what, SqlWork<T> work) {
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Whether a failure is a unique or primary key violation (SQLSTATE 23505, on both databases). */
  static boolean isDuplicateKey(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
