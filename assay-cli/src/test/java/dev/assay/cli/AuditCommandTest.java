package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.store.AuditChain;
import dev.assay.store.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay audit verify}: exit 0 on an intact chain, exit 6 naming the first broken row after a
 * row is altered by hand, on H2 and on PostgreSQL (in a schema of its own, dropped afterwards).
 */
class AuditCommandTest {
  @TempDir Path directory;

  private static void appendAndAlter(String url, String user) throws SQLException {
    Database db = Database.open(url, user, null);
    for (int i = 1; i <= 5; i++) {
      AuditChain.append(db, "officer", "ASSESSMENT_HELD", "declaration:D-" + i, "lane=RED");
    }
  }

  private static void alter(String url, String user) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, null);
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3");
    }
  }

  private static void verifyReportsTheFirstBrokenRow(String url, String user) throws SQLException {
    appendAndAlter(url, user);
    CommandRun intact = CommandRun.of("audit", "verify", "--db", url, "--db-user", user);
    assertThat(intact.exitCode()).as(intact.err()).isZero();
    assertThat(intact.out()).contains("audit log intact: 5 entries");

    alter(url, user);
    CommandRun broken = CommandRun.of("audit", "verify", "--db", url, "--db-user", user);
    assertThat(broken.exitCode()).isEqualTo(ExitCodes.AUDIT_BROKEN);
    assertThat(broken.err()).contains("BROKEN at entry 3").contains("2 entries before it verified");
  }

  @Test
  void h2() throws SQLException {
    String url = "jdbc:h2:file:" + directory.resolve("assay").toAbsolutePath();
    verifyReportsTheFirstBrokenRow(url, "sa");
  }

  @Test
  void postgres() throws SQLException {
    String base = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5";
    String user = null;
    for (String candidate : new String[] {"postgres", "root"}) {
      try (Connection c = DriverManager.getConnection(base, candidate, null)) {
        user = candidate;
        break;
      } catch (SQLException e) {
        // try the next
      }
    }
    if (user == null) {
      if (System.getenv("CI") != null) {
        throw new AssertionError("PostgreSQL is not reachable at " + base + "; CI must run this");
      }
      Assumptions.abort("PostgreSQL is not reachable at " + base + " (skipped outside CI)");
    }
    String schema = "assay_audit_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    try (Connection c = DriverManager.getConnection(base, user, null);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      verifyReportsTheFirstBrokenRow(base + "&currentSchema=" + schema, user);
    } finally {
      try (Connection c = DriverManager.getConnection(base, user, null);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
