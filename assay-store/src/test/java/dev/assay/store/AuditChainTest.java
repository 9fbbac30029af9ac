package dev.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's hash chain on both databases: intact as appended, and broken at the first row
 * changed, deleted or inserted by hand.
 */
class AuditChainTest {
  @TempDir Path directory;

  private static void fill(Database db, int rows) {
    for (int i = 1; i <= rows; i++) {
      AuditChain.append(db, "officer-" + i, "CASE_OPENED", "case:" + i, "declaration=D-" + i);
    }
  }

  private static void sql(Database db, String sql, Object... params) {
    db.inTransaction(
        "altering by hand",
        (Connection c) -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
          }
        });
  }

  private void check(TestDatabases.Opened opened) throws Exception {
    try (AutoCloseable cleanup = opened.cleanup()) {
      Database db = opened.database();
      assertThat(AuditChain.verify(db).intact()).isTrue();
      assertThat(AuditChain.verify(db).rowsChecked()).isZero();
      fill(db, 6);
      AuditChain.Verification intact = AuditChain.verify(db);
      assertThat(intact.intact()).isTrue();
      assertThat(intact.rowsChecked()).isEqualTo(6);

      // Someone edits row 4's details: the chain breaks at row 4, rows 1-3 still verify.
      sql(db, "UPDATE audit_log SET details = 'declaration=D-999' WHERE seq = 4");
      AuditChain.Verification altered = AuditChain.verify(db);
      assertThat(altered.firstBreak()).isPresent();
      assertThat(altered.firstBreak().get().seq()).isEqualTo(4);
      assertThat(altered.firstBreak().get().reason()).contains("altered");
      assertThat(altered.rowsChecked()).isEqualTo(3);
    }
  }

  private void checkDeletion(TestDatabases.Opened opened) throws Exception {
    try (AutoCloseable cleanup = opened.cleanup()) {
      Database db = opened.database();
      fill(db, 5);
      sql(db, "DELETE FROM audit_log WHERE seq = 3");
      AuditChain.Verification deleted = AuditChain.verify(db);
      assertThat(deleted.firstBreak().orElseThrow().seq()).isEqualTo(4);
      assertThat(deleted.firstBreak().get().reason()).contains("deleted or inserted");
      // Re-hashing a changed row by hand does not help: the next row still points at the old hash.
    }
  }

  private void checkRehash(TestDatabases.Opened opened) throws Exception {
    try (AutoCloseable cleanup = opened.cleanup()) {
      Database db = opened.database();
      fill(db, 4);
      String prev =
          db.inTransaction(
              "reading",
              c -> {
                try (var s =
                        c.prepareStatement("SELECT prev_hash, at FROM audit_log WHERE seq = 2");
                    var rs = s.executeQuery()) {
                  rs.next();
                  return rs.getString(1).trim()
                      + "|"
                      + rs.getObject(2, java.time.OffsetDateTime.class).toInstant().toEpochMilli();
                }
              });
      String[] parts = prev.split("\\|");
      String forged =
          AuditChain.hash(
              2,
              java.time.Instant.ofEpochMilli(Long.parseLong(parts[1])),
              "officer-2",
              "CASE_OPENED",
              "case:2",
              "declaration=FORGED",
              parts[0]);
      sql(
          db,
          "UPDATE audit_log SET details = 'declaration=FORGED', hash = ? WHERE seq = 2",
          forged);
      AuditChain.Verification result = AuditChain.verify(db);
      assertThat(result.firstBreak().orElseThrow().seq()).isEqualTo(3);
    }
  }

  @Test
  void h2_alteredRowIsTheFirstBreak() throws Exception {
    check(TestDatabases.h2(directory.resolve("a")));
  }

  @Test
  void h2_deletedRowBreaksTheSequence() throws Exception {
    checkDeletion(TestDatabases.h2(directory.resolve("b")));
  }

  @Test
  void h2_rehashedRowBreaksTheNextLink() throws Exception {
    checkRehash(TestDatabases.h2(directory.resolve("c")));
  }

  @Test
  void postgres_alteredRowIsTheFirstBreak() throws Exception {
    check(TestDatabases.postgres());
  }

  @Test
  void postgres_deletedRowBreaksTheSequence() throws Exception {
    checkDeletion(TestDatabases.postgres());
  }

  @Test
  void postgres_rehashedRowBreaksTheNextLink() throws Exception {
    checkRehash(TestDatabases.postgres());
  }
}
