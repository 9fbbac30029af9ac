package dev.assay.server.audit;

import dev.assay.store.AuditChain;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the hash-chained audit log. Call it inside the transaction of the change it records,
 * so that the change and its record are committed together or not at all. Appends are serialised in
 * this process; the primary key on the sequence number refuses a second writer's duplicate.
 */
@Component
public class AuditLog {
  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final ReentrantLock lock = new ReentrantLock();

  public AuditLog(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /** One audit entry as read back. */
  public record Entry(
      long seq,
      OffsetDateTime at,
      String actor,
      String action,
      String subject,
      String details,
      String hash) {}

  /**
   * Records one state change.
   *
   * @param action what happened, such as CASE_OPENED
   * @param subject what it happened to, such as case:17 or declaration:D-1
   * @param details key facts of the change, written as key=value in key order
   */
  public void record(String actor, String action, String subject, Map<String, ?> details) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      holdUntilCommit();
      append(actor, action, subject, details);
      return;
    }
    lock.lock();
    try {
      append(actor, action, subject, details);
    } finally {
      lock.unlock();
    }
  }

  private void append(String actor, String action, String subject, Map<String, ?> details) {
    String text =
        new TreeMap<>(details)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    if (text.length() > 8000) {
      text = text.substring(0, 7997) + "...";
    }
    String actorName = actor == null ? "system" : actor;
    String subjectText = subject.length() > 200 ? subject.substring(0, 200) : subject;
    // The transaction's own connection, so that the record commits with the change.
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      AuditChain.append(connection, Instant.now(), actorName, action, subjectText, text);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot append to the audit log: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * Takes the append lock until the surrounding transaction ends: reading the chain's head and
   * committing the new row must not interleave with another append, or both would take the same
   * sequence number.
   */
  private void holdUntilCommit() {
    if (lock.isHeldByCurrentThread()) {
      return;
    }
    lock.lock();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            lock.unlock();
          }
        });
  }

  /** The latest entries, newest first, optionally about one subject. */
  public java.util.List<Entry> latest(String subject, int limit) {
    String sql =
        "SELECT seq, at, actor, action, subject, details, hash FROM audit_log"
            + (subject == null ? "" : " WHERE subject = :subject")
            + " ORDER BY seq DESC FETCH FIRST :limit ROWS ONLY";
    var spec = jdbc.sql(sql).param("limit", limit);
    if (subject != null) {
      spec = spec.param("subject", subject);
    }
    return spec.query(
            (rs, n) ->
                new Entry(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7).trim()))
        .list();
  }
}
