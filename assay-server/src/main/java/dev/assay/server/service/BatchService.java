package dev.assay.server.service;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestException;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch screening jobs. A submission is stored whole (with its content hash) and committed before
 * it is acknowledged, so nothing accepted is lost if the server stops; the same content submitted
 * again is the same job. Each record's handling is recorded (table batch_record) after its
 * assessment is stored, so a job resumed after a crash skips what was done, and a declaration
 * screened just before the crash is found stored rather than screened twice. Jobs run one at a
 * time, in the background, so a large upload cannot starve the synchronous screening.
 */
@Service
public class BatchService {
  private static final Logger LOG = LoggerFactory.getLogger(BatchService.class);
  private static final int PROGRESS_EVERY = 200;

  /** A job as the API shows it; total is -1 until the whole content has been read. */
  public record Job(
      String id,
      String format,
      String submittedBy,
      OffsetDateTime submittedAt,
      String status,
      int total,
      int processed,
      int failed) {}

  /** One record that could not be screened. */
  public record RecordFailure(int record, String field, String reason) {}

  private final JdbcClient jdbc;
  private final ScreeningService screening;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "assay-batch");
            t.setDaemon(true);
            return t;
          });

  public BatchService(
      JdbcClient jdbc,
      ScreeningService screening,
      AuditLog audit,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.screening = screening;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** A submission's result: the job, and whether it existed already (a re-submission). */
  public record Submitted(Job job, boolean existing) {}

  public Submitted submit(byte[] content, Format format, String user) {
    if (format != Format.CSV && format != Format.NDJSON) {
      throw ApiException.badField("Content-Type", "text/csv or application/x-ndjson");
    }
    String hash = sha256(format.name(), content);
    Optional<Job> existing = findByHash(hash);
    if (existing.isPresent()) {
      return new Submitted(existing.get(), true);
    }
    String id = UUID.randomUUID().toString();
    String text = new String(content, StandardCharsets.UTF_8);
    try {
      transactions.executeWithoutResult(
          status -> {
            jdbc.sql(
                    "INSERT INTO batch_job (id, content_hash, format, submitted_by, submitted_at,"
                        + " status, total, processed, failed, content)"
                        + " VALUES (?, ?, ?, ?, ?, 'QUEUED', -1, 0, 0, ?)")
                .params(id, hash, format.name(), user, OffsetDateTime.now(ZoneOffset.UTC), text)
                .update();
            audit.record(
                user,
                "BATCH_SUBMITTED",
                "batch:" + id,
                Map.of("format", format.name(), "bytes", content.length, "sha256", hash));
          });
    } catch (org.springframework.dao.DuplicateKeyException e) {
      // The same content submitted twice at once: the other submission won.
      return new Submitted(findByHash(hash).orElseThrow(), true);
    }
    worker.submit(() -> run(id));
    return new Submitted(find(id).orElseThrow(), false);
  }

  /** Picks up jobs that a stopped server left unfinished. */
  @EventListener(ApplicationReadyEvent.class)
  public void resumeUnfinished() {
    List<String> unfinished =
        jdbc.sql(
                "SELECT id FROM batch_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY"
                    + " submitted_at")
            .query(String.class)
            .list();
    for (String id : unfinished) {
      LOG.info("resuming batch {}", id);
      worker.submit(() -> run(id));
    }
  }

  public Optional<Job> find(String id) {
    return jdbc.sql(
            "SELECT id, format, submitted_by, submitted_at, status, total, processed, failed"
                + " FROM batch_job WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Job(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getInt(8)))
        .optional();
  }

  private Optional<Job> findByHash(String hash) {
    return jdbc.sql("SELECT id FROM batch_job WHERE content_hash = ?")
        .param(hash)
        .query(String.class)
        .optional()
        .flatMap(this::find);
  }

  public List<RecordFailure> failures(String id, int offset, int limit) {
    return jdbc.sql(
            "SELECT record_no, error_field, error_reason FROM batch_record WHERE batch_id = ? AND"
                + " error_reason IS NOT NULL ORDER BY record_no OFFSET ? ROWS FETCH NEXT ? ROWS"
                + " ONLY")
        .params(id, offset, limit)
        .query((rs, n) -> new RecordFailure(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** The declaration ids of a batch's screened records, in record order, one page. */
  public List<String> declarationIds(String id, int offset, int limit) {
    return jdbc.sql(
            "SELECT declaration_id FROM batch_record WHERE batch_id = ? AND declaration_id IS NOT"
                + " NULL ORDER BY record_no OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
        .params(id, offset, limit)
        .query(String.class)
        .list();
  }

  /** Runs (or resumes) one job to its end. */
  void run(String id) {
    try {
      runJob(id);
    } catch (RuntimeException e) {
      LOG.error("batch {} failed", id, e);
      jdbc.sql("UPDATE batch_job SET status = 'FAILED' WHERE id = ?").param(id).update();
    }
  }

  private void runJob(String id) {
    record Head(String format, String content, String user) {}
    Head head =
        jdbc.sql("SELECT format, content, submitted_by FROM batch_job WHERE id = ?")
            .param(id)
            .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
    jdbc.sql("UPDATE batch_job SET status = 'RUNNING' WHERE id = ?").param(id).update();
    Set<Integer> done =
        new HashSet<>(
            jdbc.sql("SELECT record_no FROM batch_record WHERE batch_id = ?")
                .param(id)
                .query(Integer.class)
                .list());
    int[] counters = new int[3]; // records seen, processed, failed
    counters[1] = done.size();
    counters[2] =
        jdbc.sql(
                "SELECT COUNT(*) FROM batch_record WHERE batch_id = ? AND error_reason IS NOT NULL")
            .param(id)
            .query(Integer.class)
            .single();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            int record = ++counters[0];
            if (done.contains(record)) {
              return;
            }
            String declarationId;
            String field = null;
            String reason = null;
            try {
              declarationId = screening.screen(declaration, id).stored().declarationId();
            } catch (ApiException e) {
              declarationId = null;
              field = e.errors().isEmpty() ? "declaration_id" : e.errors().getFirst().field();
              reason = e.getMessage();
            }
            recordDone(id, record, declarationId, field, reason, counters);
          }

          @Override
          public void rejected(RecordError error) {
            int record = ++counters[0];
            if (done.contains(record)) {
              return;
            }
            String where =
                "line "
                    + error.line()
                    + (error.declarationId().isEmpty()
                        ? ""
                        : ", declaration " + error.declarationId());
            recordDone(
                id,
                record,
                null,
                error.field().isEmpty() ? "(record)" : error.field(),
                where + ": " + error.reason(),
                counters);
          }
        };
    try {
      DeclarationReader.read(
          new ByteArrayInputStream(head.content().getBytes(StandardCharsets.UTF_8)),
          Format.valueOf(head.format()),
          listener);
    } catch (IngestException e) {
      recordDone(id, ++counters[0], null, "(file)", e.getMessage(), counters);
    }
    jdbc.sql(
            "UPDATE batch_job SET status = 'DONE', total = ?, processed = ?, failed = ? WHERE id = ?")
        .params(counters[0], counters[1], counters[2], id)
        .update();
  }

  private void recordDone(
      String id, int record, String declarationId, String field, String reason, int[] counters) {
    jdbc.sql(
            "INSERT INTO batch_record (batch_id, record_no, declaration_id, error_field,"
                + " error_reason) VALUES (?, ?, ?, ?, ?)")
        .params(
            id,
            record,
            declarationId,
            field == null ? null : AssessmentStore.truncate(field, 200),
            reason == null ? null : AssessmentStore.truncate(reason, 4000))
        .update();
    counters[1]++;
    if (reason != null) {
      counters[2]++;
    }
    if (counters[1] % PROGRESS_EVERY == 0) {
      jdbc.sql("UPDATE batch_job SET processed = ?, failed = ? WHERE id = ?")
          .params(counters[1], counters[2], id)
          .update();
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  static String sha256(String format, byte[] content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(format.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
