package dev.assay.cli;

import dev.assay.store.Database;
import dev.assay.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The options that choose the database: the embedded H2 file by default, or a PostgreSQL server.
 * The password never goes on the command line, where other users could see it: it comes from the
 * environment variable {@code ASSAY_DB_PASSWORD}.
 */
final class DatabaseOptions {
  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "JDBC URL of the database, such as jdbc:postgresql://127.0.0.1:5432/assay. Default: the"
              + " environment variable ASSAY_DB_URL, else the embedded file database "
              + Database.DEFAULT_URL
              + ".")
  String url;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description =
          "Database user (default: ASSAY_DB_USER, else the driver's default). The password is read"
              + " from ASSAY_DB_PASSWORD.")
  String user;

  /** Where the environment variables are read; tests give their own. */
  static java.util.function.UnaryOperator<String> environment = System::getenv;

  /** Whether a database was asked for explicitly (on the command line or in the environment). */
  boolean given() {
    return url != null || environment.apply("ASSAY_DB_URL") != null;
  }

  Database open() {
    String fromEnvironment = environment.apply("ASSAY_DB_URL");
    String chosen =
        url != null ? url : fromEnvironment != null ? fromEnvironment : Database.DEFAULT_URL;
    String chosenUser = user != null ? user : environment.apply("ASSAY_DB_USER");
    try {
      return Database.open(chosen, chosenUser, environment.apply("ASSAY_DB_PASSWORD"));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--db: " + e.getMessage(), e);
    } catch (StoreException e) {
      throw new UserInputException(described(e), e);
    }
  }

  /**
   * A database failure in words: the embedded database taken by another process is said plainly,
   * whichever way H2 words it ("Database may be already in use", "The file is locked").
   */
  static String described(StoreException e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && (sql.getErrorCode() == 90020 || sql.getErrorCode() == 90039 || locked(sql))) {
        return "the database file is locked: another assay process is using it (the embedded"
            + " database serves one process at a time); wait for it to end, or use PostgreSQL"
            + " (--db jdbc:postgresql://...)";
      }
      root = t;
    }
    return e.getMessage() + ": " + root.getMessage();
  }

  private static boolean locked(java.sql.SQLException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("already in use") || message.contains("file is locked");
  }
}
