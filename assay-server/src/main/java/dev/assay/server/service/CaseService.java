package dev.assay.server.service;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.ingest.Format;
import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.DataScope;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Cases: opened from an alert, assigned, annotated, closed with an inspection outcome, referred to
 * the anti-smuggling police. Every step is audited in its own transaction. A recorded outcome goes
 * to the screening engine once committed (its learning detectors and the learned weights of soft
 * evidence take it in) and is the label that {@code assay ml train --db} reads.
 */
@Service
public class CaseService {
  public static final Set<String> OUTCOMES = Set.of("CLEAN", "IRREGULARITY", "SEIZED");
  private static final Pattern TYPOLOGY = Pattern.compile("[A-Za-z0-9_ -]{1,64}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** A case with what the API shows of it. */
  public record CaseFile(
      long id,
      String declarationId,
      String customsOffice,
      String exporterId,
      String status,
      String assignee,
      String openedBy,
      OffsetDateTime openedAt,
      String outcome,
      String typology,
      BigDecimal seizedQuantity,
      String seizedUnit,
      BigDecimal seizedValueUsd,
      String outcomeNote,
      OffsetDateTime outcomeAt,
      OffsetDateTime referredAt) {}

  public record Note(int seq, String author, OffsetDateTime writtenAt, String body) {}

  public record Attachment(
      int seq,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String addedBy,
      OffsetDateTime addedAt) {}

  /** What an inspection found. */
  public record OutcomeRequest(
      String outcome,
      String typology,
      BigDecimal quantity,
      String unit,
      BigDecimal valueUsd,
      String note) {}

  private static final String COLUMNS =
      "id, declaration_id, customs_office, exporter_id, status, assignee, opened_by, opened_at,"
          + " outcome, typology, seized_quantity, seized_unit, seized_value_usd, outcome_note,"
          + " outcome_at, referred_at";

  private final JdbcClient jdbc;
  private final AssessmentService assessments;
  private final AuditLog audit;
  private final ScreeningEngine engine;
  private final UserStore users;

  public CaseService(
      JdbcClient jdbc,
      AssessmentService assessments,
      AuditLog audit,
      ScreeningEngine engine,
      UserStore users) {
    this.jdbc = jdbc;
    this.assessments = assessments;
    this.audit = audit;
    this.engine = engine;
    this.users = users;
  }

  @Transactional
  public synchronized CaseFile open(String declarationId, AssayUser user) {
    AssessmentStore.Stored a = assessments.get(declarationId, user);
    if (findByDeclaration(declarationId).isPresent()) {
      throw ApiException.conflict(
          "declarationId", "declaration " + declarationId + " has a case already");
    }
    long id = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM case_file").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO case_file (id, declaration_id, customs_office, exporter_id, status,"
                + " opened_by, opened_at) VALUES (?, ?, ?, ?, 'OPEN', ?, ?)")
        .params(
            id,
            declarationId,
            a.customsOffice(),
            a.exporterId(),
            user.getUsername(),
            OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    audit.record(
        user.getUsername(),
        "CASE_OPENED",
        "case:" + id,
        Map.of("declaration", declarationId, "lane", a.lane(), "score", a.score()));
    return get(id, user);
  }

  public CaseFile get(long id, AssayUser user) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE id = ?")
        .param(id)
        .query((rs, n) -> row(rs))
        .optional()
        .filter(c -> DataScope.of(user).covers(c.customsOffice(), c.exporterId()))
        .orElseThrow(() -> ApiException.notFound("case " + id));
  }

  public Optional<CaseFile> findByDeclaration(String declarationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE declaration_id = ?")
        .param(declarationId)
        .query((rs, n) -> row(rs))
        .optional();
  }

  public List<CaseFile> list(String status, String office, AssayUser user, int page, int size) {
    DataScope scope = DataScope.of(user);
    scope.checkOffice(office);
    List<Object> params = new ArrayList<>();
    List<String> where = new ArrayList<>();
    if (status != null) {
      where.add("status = ?");
      params.add(status);
    }
    if (office != null) {
      where.add("customs_office = ?");
      params.add(office);
    }
    scope
        .offices()
        .ifPresent(
            offices -> {
              where.add(
                  offices.isEmpty()
                      ? "1 = 0"
                      : "customs_office IN ("
                          + String.join(", ", offices.stream().map(o -> "?").toList())
                          + ")");
              params.addAll(offices);
            });
    params.add((long) page * size);
    params.add(size);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM case_file"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
        .params(params)
        .query((rs, n) -> row(rs))
        .list();
  }

  @Transactional
  public CaseFile assign(long id, String assignee, AssayUser user) {
    CaseFile c = openCase(id, user);
    AssayUser to =
        users
            .find(assignee == null ? "" : assignee)
            .filter(u -> u.role() == Role.RISK_OFFICER && u.offices().contains(c.customsOffice()))
            .orElseThrow(
                () ->
                    ApiException.badField(
                        "assignee", "not a risk officer of office " + c.customsOffice()));
    jdbc.sql("UPDATE case_file SET assignee = ? WHERE id = ?")
        .params(to.getUsername(), id)
        .update();
    audit.record(
        user.getUsername(),
        "CASE_ASSIGNED",
        "case:" + id,
        Map.of("from", String.valueOf(c.assignee()), "to", to.getUsername()));
    return get(id, user);
  }

  @Transactional
  public Note note(long id, String body, AssayUser user) {
    get(id, user);
    if (body == null || body.isBlank() || body.length() > 8000) {
      throw ApiException.badField("body", "1 to 8000 characters");
    }
    int seq =
        jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_note WHERE case_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO case_note (case_id, seq, author, written_at, body) VALUES (?, ?, ?, ?, ?)")
        .params(id, seq, user.getUsername(), now, body)
        .update();
    audit.record(
        user.getUsername(),
        "CASE_NOTE_ADDED",
        "case:" + id,
        Map.of("note", seq, "chars", body.length()));
    return new Note(seq, user.getUsername(), now, body);
  }

  public List<Note> notes(long id, AssayUser user) {
    get(id, user);
    return jdbc.sql(
            "SELECT seq, author, written_at, body FROM case_note WHERE case_id = ? ORDER BY seq")
        .param(id)
        .query(
            (rs, n) ->
                new Note(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getString(4)))
        .list();
  }

  @Transactional
  public Attachment attach(
      long id, String fileName, String contentType, long size, String sha256, AssayUser user) {
    get(id, user);
    if (fileName == null || fileName.isBlank() || fileName.length() > 500) {
      throw ApiException.badField("fileName", "1 to 500 characters");
    }
    if (contentType == null || contentType.isBlank() || contentType.length() > 200) {
      throw ApiException.badField("contentType", "1 to 200 characters");
    }
    if (size < 0) {
      throw ApiException.badField("sizeBytes", "0 or more");
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw ApiException.badField("sha256", "64 lower-case hexadecimal digits");
    }
    int seq =
        jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_attachment WHERE case_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO case_attachment (case_id, seq, file_name, content_type, size_bytes,"
                + " sha256, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, seq, fileName, contentType, size, sha256, user.getUsername(), now)
        .update();
    audit.record(
        user.getUsername(),
        "CASE_ATTACHMENT_ADDED",
        "case:" + id,
        Map.of("file", fileName, "sha256", sha256, "bytes", size));
    return new Attachment(seq, fileName, contentType, size, sha256, user.getUsername(), now);
  }

  public List<Attachment> attachments(long id, AssayUser user) {
    get(id, user);
    return jdbc.sql(
            "SELECT seq, file_name, content_type, size_bytes, sha256, added_by, added_at FROM"
                + " case_attachment WHERE case_id = ? ORDER BY seq")
        .param(id)
        .query(
            (rs, n) ->
                new Attachment(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5).trim(),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  /**
   * Records the inspection outcome and closes the case. SEIZED needs the quantity, unit and value
   * seized; IRREGULARITY and SEIZED need the typology. Once committed, the outcome is taught to the
   * engine.
   */
  @Transactional
  public CaseFile recordOutcome(long id, OutcomeRequest r, AssayUser user) {
    CaseFile c = openCase(id, user);
    if (r.outcome() == null || !OUTCOMES.contains(r.outcome())) {
      throw ApiException.badField("outcome", "one of CLEAN, IRREGULARITY, SEIZED");
    }
    boolean violation = !r.outcome().equals("CLEAN");
    if (violation && (r.typology() == null || !TYPOLOGY.matcher(r.typology()).matches())) {
      throw ApiException.badField(
          "typology", "the typology of what was found (1 to 64 letters, digits, _ or -)");
    }
    if (r.outcome().equals("SEIZED")) {
      if (r.quantity() == null || r.quantity().signum() <= 0) {
        throw ApiException.badField("quantity", "the quantity seized, more than 0");
      }
      if (r.unit() == null || r.unit().isBlank() || r.unit().length() > 32) {
        throw ApiException.badField("unit", "the unit of the quantity seized, such as kg");
      }
      if (r.valueUsd() == null || r.valueUsd().signum() < 0) {
        throw ApiException.badField("valueUsd", "the value seized in USD, 0 or more");
      }
    }
    if (r.note() != null && r.note().length() > 4000) {
      throw ApiException.badField("note", "at most 4000 characters");
    }
    jdbc.sql(
            "UPDATE case_file SET status = 'CLOSED', outcome = ?, typology = ?, seized_quantity = ?,"
                + " seized_unit = ?, seized_value_usd = ?, outcome_note = ?, outcome_at = ? WHERE"
                + " id = ? AND status = 'OPEN'")
        .params(
            r.outcome(),
            violation ? r.typology() : null,
            r.outcome().equals("SEIZED") ? r.quantity() : null,
            r.outcome().equals("SEIZED") ? r.unit() : null,
            r.outcome().equals("SEIZED") ? r.valueUsd() : null,
            r.note(),
            OffsetDateTime.now(ZoneOffset.UTC),
            id)
        .update();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("outcome", r.outcome());
    details.put("typology", String.valueOf(r.typology()));
    if (r.outcome().equals("SEIZED")) {
      details.put("quantity", r.quantity().toPlainString() + " " + r.unit());
      details.put("valueUsd", r.valueUsd().toPlainString());
    }
    audit.record(user.getUsername(), "CASE_OUTCOME_RECORDED", "case:" + id, details);
    Declaration declaration = declarationOf(c.declarationId());
    Outcome outcome = engineOutcome(r.outcome());
    // Whether the server's own assessment picked it at random decides what the outcome stands for
    // in the learned weights: read from the stored result, not from the screener's memory, which a
    // restart rebuilds (EngineReplay reads it the same way).
    AssessmentStore.StoredDraw draw = AssessmentStore.draw(resultOf(c.declarationId()));
    // The engine learns only what was committed.
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            engine.learnOutcome(declaration, outcome, draw.random(), draw.randomRedProbability());
          }
        });
    return get(id, user);
  }

  /**
   * What the engine learns from a recorded outcome: CLEAN, or a violation (an irregularity or a
   * seizure). The startup replay ({@link EngineReplay}) maps stored outcomes the same way.
   */
  static Outcome engineOutcome(String recorded) {
    return "CLEAN".equals(recorded) ? Outcome.CLEAN : Outcome.VIOLATION;
  }

  /** The stored result JSON of an assessment. */
  private String resultOf(String declarationId) {
    return jdbc.sql("SELECT result FROM assessment WHERE declaration_id = ?")
        .param(declarationId)
        .query(String.class)
        .single();
  }

  /** Refers a case with an irregularity or seizure to the anti-smuggling police. */
  @Transactional
  public CaseFile refer(long id, AssayUser user) {
    CaseFile c = get(id, user);
    if (!"CLOSED".equals(c.status()) || "CLEAN".equals(c.outcome())) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "only a case closed with an irregularity or seizure is referred",
          List.of(new ApiException.FieldError("outcome", "is " + c.outcome())));
    }
    jdbc.sql("UPDATE case_file SET status = 'REFERRED', referred_at = ? WHERE id = ?")
        .params(OffsetDateTime.now(ZoneOffset.UTC), id)
        .update();
    audit.record(user.getUsername(), "CASE_REFERRED", "case:" + id, Map.of("outcome", c.outcome()));
    return get(id, user);
  }

  /** The case, refused unless it is open. */
  private CaseFile openCase(long id, AssayUser user) {
    CaseFile c = get(id, user);
    if (!"OPEN".equals(c.status())) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "case " + id + " is " + c.status(),
          List.of(new ApiException.FieldError("status", "is " + c.status())));
    }
    return c;
  }

  /** The stored declaration of an assessment, read back with the core's reader. */
  public Declaration declarationOf(String declarationId) {
    String json =
        jdbc.sql("SELECT declaration FROM assessment WHERE declaration_id = ?")
            .param(declarationId)
            .query(String.class)
            .single();
    return Json.read(json.getBytes(StandardCharsets.UTF_8), Format.JSON).declarations().getFirst();
  }

  private static CaseFile row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CaseFile(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4).trim(),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class),
        rs.getString(9),
        rs.getString(10),
        rs.getBigDecimal(11),
        rs.getString(12),
        rs.getBigDecimal(13),
        rs.getString(14),
        rs.getObject(15, OffsetDateTime.class),
        rs.getObject(16, OffsetDateTime.class));
  }
}
