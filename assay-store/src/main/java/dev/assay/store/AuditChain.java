package dev.assay.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The audit log's hash chain (table audit_log): each row's hash is the SHA-256 of its own fields
 * and the previous row's hash, so a row altered, inserted or deleted by hand breaks every link from
 * there on. Whoever appends (the server) computes {@link #hash}; {@link #verify} walks the chain,
 * as {@code assay audit verify} does.
 */
public final class AuditChain {
  /** The previous hash of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The first broken link, if any, and how many rows were checked. */
  public record Verification(long rowsChecked, Optional<Break> firstBreak) {
    public boolean intact() {
      return firstBreak.isEmpty();
    }
  }

  /** Where and why the chain breaks. */
  public record Break(long seq, String reason) {}

  /**
   * The hash of one row. Fields are joined with their lengths so that no two different rows hash
   * alike by shifting text from one field to the next; the instant is taken to the millisecond,
   * which every supported database stores exactly.
   */
  public static String hash(
      long seq,
      Instant at,
      String actor,
      String action,
      String subject,
      String details,
      String prevHash) {
    StringBuilder text = new StringBuilder(256);
    for (String field :
        new String[] {
          Long.toString(seq),
          Long.toString(at.toEpochMilli()),
          actor,
          action,
          subject,
          details,
          prevHash
        }) {
      text.append(field.length()).append(':').append(field).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Appends one row to the chain on the caller's connection, inside the caller's transaction (so
   * the change and its record commit together). Callers serialise appends; a concurrent second
   * writer would fail on the sequence number's primary key rather than fork the chain.
   *
   * @return the row's sequence number
   */
  public static long append(
      Connection connection,
      Instant at,
      String actor,
      String action,
      String subject,
      String details)
      throws java.sql.SQLException {
    long seq = 1;
    String prev = GENESIS;
    try (PreparedStatement last =
            connection.prepareStatement(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY");
        ResultSet rs = last.executeQuery()) {
      if (rs.next()) {
        seq = rs.getLong(1) + 1;
        prev = rs.getString(2).trim();
      }
    }
    Instant when = Instant.ofEpochMilli(at.toEpochMilli());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setObject(2, OffsetDateTime.ofInstant(when, java.time.ZoneOffset.UTC));
      insert.setString(3, actor);
      insert.setString(4, action);
      insert.setString(5, subject);
      insert.setString(6, details);
      insert.setString(7, prev);
      insert.setString(8, hash(seq, when, actor, action, subject, details, prev));
      insert.executeUpdate();
    }
    return seq;
  }

  /** Appends one row in a transaction of its own. */
  public static long append(
      Database database, String actor, String action, String subject, String details) {
    return database.inTransaction(
        "appending to the audit log",
        c -> append(c, Instant.now(), actor, action, subject, details));
  }

  /** Walks the whole chain in order of sequence number and reports the first broken link. */
  public static Verification verify(Database database) {
    return database.inTransaction("verifying the audit log", AuditChain::verify);
  }

  static Verification verify(Connection connection) throws java.sql.SQLException {
    String previous = GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log"
                + " ORDER BY seq")) {
      select.setFetchSize(1000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
          String prevHash = rs.getString(7).trim();
          String stored = rs.getString(8).trim();
          if (seq != expectedSeq) {
            return new Verification(
                checked,
                Optional.of(
                    new Break(
                        seq,
                        "sequence number "
                            + seq
                            + " where "
                            + expectedSeq
                            + " was expected: a row was deleted or inserted")));
          }
          if (!prevHash.equals(previous)) {
            return new Verification(
                checked,
                Optional.of(
                    new Break(
                        seq,
                        "its previous hash does not match the hash of row "
                            + (seq - 1)
                            + ": that row or this one was altered")));
          }
          String computed =
              hash(
                  seq,
                  at,
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  prevHash);
          if (!computed.equals(stored)) {
            return new Verification(
                checked,
                Optional.of(
                    new Break(seq, "its content does not match its hash: the row was altered")));
          }
          previous = stored;
          expectedSeq++;
          checked++;
        }
      }
    }
    return new Verification(checked, Optional.empty());
  }
}
