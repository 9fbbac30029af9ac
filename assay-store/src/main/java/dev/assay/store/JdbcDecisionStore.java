package dev.assay.store;

import dev.assay.screening.decisions.Decision;
import dev.assay.screening.decisions.DecisionKind;
import dev.assay.screening.decisions.DecisionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Match decisions in the database (table match_decision), durable when recorded. */
public final class JdbcDecisionStore implements DecisionStore {
  private static final String COLUMNS =
      "party_key, party_name, party_country, entry_key, entry_fingerprint, kind, decided_by,"
          + " decided_at, reason";

  private final Database database;

  public JdbcDecisionStore(Database database) {
    this.database = database;
  }

  @Override
  public synchronized void record(Decision d) {
    database.inTransaction(
        "recording a match decision",
        c -> {
          long id;
          try (PreparedStatement max =
                  c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM match_decision");
              ResultSet rs = max.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO match_decision (id, "
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, d.partyKey());
            insert.setString(3, d.partyName());
            insert.setString(4, d.partyCountry());
            insert.setString(5, d.entryKey());
            insert.setString(6, d.entryFingerprint());
            insert.setString(7, d.kind().name());
            insert.setString(8, d.by());
            insert.setObject(9, OffsetDateTime.ofInstant(d.at(), ZoneOffset.UTC));
            insert.setString(10, d.reason());
            insert.executeUpdate();
          }
          return id;
        });
  }

  @Override
  public List<Decision> history(String partyKey, String entryKey) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM match_decision WHERE party_key = ? AND entry_key = ? ORDER BY id",
        partyKey,
        entryKey);
  }

  @Override
  public List<Decision> all() {
    return query("SELECT " + COLUMNS + " FROM match_decision ORDER BY id");
  }

  private List<Decision> query(String sql, String... params) {
    return database.inTransaction(
        "reading match decisions",
        (Connection c) -> {
          List<Decision> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
          }
          return out;
        });
  }

  private static Decision row(ResultSet rs) throws SQLException {
    return new Decision(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3).trim(),
        rs.getString(4),
        rs.getString(5),
        DecisionKind.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class).toInstant(),
        rs.getString(9));
  }
}
