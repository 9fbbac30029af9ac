package dev.assay.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.declaration.Declaration;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.Selection;
import dev.assay.server.security.DataScope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Screened declarations and their assessments (table assessment). Parameterised SQL only. */
@Component
public class AssessmentStore {

  /** One stored assessment with the columns the queues filter on. */
  public record Stored(
      String declarationId,
      LocalDate declaredAt,
      String customsOffice,
      String exporterId,
      String exporterName,
      String destination,
      BigDecimal valueUsd,
      double score,
      String lane,
      List<String> findingCodes,
      String status,
      OffsetDateTime screenedAt,
      String batchId,
      String declarationJson,
      String resultJson) {}

  private static final ObjectMapper RESULT_JSON = new ObjectMapper();

  /**
   * How the random draw treated a stored assessment's declaration, read from its result JSON (of
   * {@code assay screen}, as the server stored it) in one pass: what an outcome recorded later
   * needs to be weighted right in the learned weights.
   *
   * @param random whether the draw sent it to inspection: lane {@code RED} with {@code
   *     selection.reason} {@code RANDOM} ({@link Selection.Reason#RANDOM}), as the core's screener
   *     counts a random pick; a draw that raised it only to YELLOW or BLUE is not an inspection
   *     pick
   * @param randomRedProbability the draw's recorded RED probability ({@code
   *     selection.random_red_probability}), by whose inverse a random pick's outcome is weighted;
   *     empty for an assessment stored before it was recorded (the screener then takes its base
   *     random rate) or one whose value is not a probability
   */
  public record StoredDraw(boolean random, java.util.OptionalDouble randomRedProbability) {}

  /**
   * The random draw of a stored assessment ({@link StoredDraw}).
   *
   * @throws IllegalStateException when the stored result does not read as JSON
   */
  public static StoredDraw draw(String resultJson) {
    JsonNode root;
    try {
      root = RESULT_JSON.readTree(resultJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored assessment result no longer reads as JSON", e);
    }
    JsonNode selection = root.path("selection");
    boolean random =
        "RED".equals(root.path("lane").asText())
            && Selection.Reason.RANDOM.name().equals(selection.path("reason").asText());
    JsonNode p = selection.path("random_red_probability");
    java.util.OptionalDouble probability =
        p.isNumber() && p.asDouble() > 0 && p.asDouble() <= 1
            ? java.util.OptionalDouble.of(p.asDouble())
            : java.util.OptionalDouble.empty();
    return new StoredDraw(random, probability);
  }

  /** Whether a stored assessment was a random inspection pick ({@link StoredDraw#random()}). */
  public static boolean wasRandom(String resultJson) {
    return draw(resultJson).random();
  }

  /** The random RED probability a stored assessment recorded ({@link StoredDraw}). */
  public static java.util.OptionalDouble randomRedProbability(String resultJson) {
    return draw(resultJson).randomRedProbability();
  }

  /** Filters of a listing; null means no filter. */
  public record Filter(
      Set<String> lanes,
      String office,
      LocalDate from,
      LocalDate to,
      String findingCode,
      String exporter,
      String status) {}

  private static final String COLUMNS =
      "declaration_id, declared_at, customs_office, exporter_id, exporter_name, destination,"
          + " value_usd, score, lane, finding_codes, status, screened_at, batch_id, declaration,"
          + " result";

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  public AssessmentStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  public Optional<Stored> find(String declarationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE declaration_id = ?")
        .param(declarationId)
        .query((rs, n) -> row(rs))
        .optional();
  }

  /**
   * The row a new assessment becomes, not yet stored.
   *
   * @param screenedAt when the engine screened it; rows in screened_at order are the order the
   *     engine saw them in, which is how a restarted server replays them ({@link EngineReplay})
   */
  public static Stored row(
      Declaration d,
      String declarationJson,
      Assessment a,
      String resultJson,
      String batchId,
      OffsetDateTime screenedAt) {
    Set<String> codes = new LinkedHashSet<>();
    for (Finding f : a.findings()) {
      codes.add(f.code().name());
    }
    return new Stored(
        d.id(),
        d.declaredAt(),
        d.customsOffice(),
        d.exporter().code().value(),
        truncate(d.exporter().name(), 1000),
        d.destination().value(),
        BigDecimal.valueOf(d.totalValueUsd()),
        a.score(),
        a.lane().name(),
        List.copyOf(codes),
        "OPEN",
        screenedAt,
        batchId,
        declarationJson,
        resultJson);
  }

  /**
   * Stores new assessments in one transaction (one commit for all: the group commit of {@link
   * AssessmentCommitter}). Where one of them is stored already (another server on the same database
   * screened that id meanwhile), the transaction is rolled back and each row is stored on its own,
   * so that the others are kept.
   *
   * @return per row, in order: true if stored now, false if a row of that declaration id existed
   */
  public boolean[] insertAll(List<Stored> rows) {
    try {
      return insertInOneTransaction(rows);
    } catch (SQLException e) {
      if (!isDuplicateKey(e)) {
        throw new IllegalStateException("storing " + rows.size() + " assessments failed", e);
      }
      if (rows.size() == 1) {
        return new boolean[] {false};
      }
    }
    boolean[] stored = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      try {
        stored[i] = insertInOneTransaction(List.of(rows.get(i)))[0];
      } catch (SQLException e) {
        if (!isDuplicateKey(e)) {
          throw new IllegalStateException(
              "storing the assessment of " + rows.get(i).declarationId() + " failed", e);
        }
      }
    }
    return stored;
  }

  private boolean[] insertInOneTransaction(List<Stored> rows) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO assessment ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Stored r : rows) {
          s.setString(1, r.declarationId());
          s.setObject(2, r.declaredAt());
          s.setString(3, r.customsOffice());
          s.setString(4, r.exporterId());
          s.setString(5, r.exporterName());
          s.setString(6, r.destination());
          s.setBigDecimal(7, r.valueUsd());
          s.setDouble(8, r.score());
          s.setString(9, r.lane());
          s.setString(
              10,
              r.findingCodes().isEmpty() ? " " : " " + String.join(" ", r.findingCodes()) + " ");
          s.setString(11, r.status());
          s.setObject(12, r.screenedAt());
          s.setString(13, r.batchId());
          s.setString(14, r.declarationJson());
          s.setString(15, r.resultJson());
          if (rows.size() == 1) {
            s.executeUpdate();
          } else {
            s.addBatch();
          }
        }
        if (rows.size() > 1) {
          s.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
    boolean[] all = new boolean[rows.size()];
    java.util.Arrays.fill(all, true);
    return all;
  }

  /** A unique or primary key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
  private static boolean isDuplicateKey(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      for (Throwable t = next; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean setStatus(String declarationId, String from, String to) {
    return jdbc.sql("UPDATE assessment SET status = ? WHERE declaration_id = ? AND status = ?")
            .params(to, declarationId, from)
            .update()
        > 0;
  }

  /** One page of assessments in scope matching the filter, by score (highest first) then id. */
  public List<Stored> list(Filter f, DataScope scope, int page, int size, boolean byScore) {
    List<Object> params = new ArrayList<>();
    String where = where(f, scope, params);
    params.add((long) page * size);
    params.add(size);
    String order = byScore ? "score DESC, declaration_id" : "declared_at DESC, declaration_id";
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM assessment"
                + where
                + " ORDER BY "
                + order
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
        .params(params)
        .query((rs, n) -> row(rs))
        .list();
  }

  public long count(Filter f, DataScope scope) {
    List<Object> params = new ArrayList<>();
    String where = where(f, scope, params);
    return jdbc.sql("SELECT COUNT(*) FROM assessment" + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(Filter f, DataScope scope, List<Object> params) {
    List<String> clauses = new ArrayList<>();
    if (f.lanes() != null && !f.lanes().isEmpty()) {
      clauses.add(
          "lane IN (" + f.lanes().stream().map(l -> "?").collect(Collectors.joining(", ")) + ")");
      params.addAll(f.lanes());
    }
    if (f.office() != null) {
      clauses.add("customs_office = ?");
      params.add(f.office());
    }
    if (f.from() != null) {
      clauses.add("declared_at >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      clauses.add("declared_at <= ?");
      params.add(f.to());
    }
    if (f.findingCode() != null) {
      clauses.add("finding_codes LIKE ?");
      params.add("% " + f.findingCode() + " %");
    }
    if (f.exporter() != null) {
      clauses.add("exporter_id = ?");
      params.add(f.exporter());
    }
    if (f.status() != null) {
      clauses.add("status = ?");
      params.add(f.status());
    }
    scope
        .offices()
        .ifPresent(
            offices -> {
              if (offices.isEmpty()) {
                clauses.add("1 = 0");
              } else {
                clauses.add(
                    "customs_office IN ("
                        + offices.stream().map(o -> "?").collect(Collectors.joining(", "))
                        + ")");
                params.addAll(offices);
              }
            });
    scope
        .exporterId()
        .ifPresent(
            e -> {
              clauses.add("exporter_id = ?");
              params.add(e);
            });
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  private static Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
    String codes = rs.getString(10).trim();
    return new Stored(
        rs.getString(1),
        rs.getObject(2, LocalDate.class),
        rs.getString(3),
        rs.getString(4).trim(),
        rs.getString(5),
        rs.getString(6).trim(),
        rs.getBigDecimal(7),
        rs.getDouble(8),
        rs.getString(9),
        codes.isEmpty() ? List.of() : List.of(codes.split(" ")),
        rs.getString(11),
        rs.getObject(12, OffsetDateTime.class),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15));
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
