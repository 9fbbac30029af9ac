package dev.assay.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the risk officer's pages read: stored assessments and cases, straight from the tables the
 * server writes (reads only; every change goes through the services, which audit it). Every query
 * is bounded (a page of rows) and scoped to the offices the caller may see.
 */
@Component
public class RiskQueries {
  /** The most rows one queue page lists. */
  public static final int PAGE = 200;

  private final JdbcClient jdbc;

  public RiskQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One row of a queue: a screened declaration and its assessment's headline. */
  public record Row(
      String declarationId,
      LocalDate declaredAt,
      String office,
      String exporterId,
      String exporterName,
      String destination,
      BigDecimal valueUsd,
      double score,
      String lane,
      List<String> findingCodes,
      String status,
      Long caseId,
      String caseStatus) {}

  /** A whole stored assessment: its row plus the declaration and the result as JSON. */
  public record Stored(Row row, JsonNode declaration, JsonNode result) {}

  private static final String ROW_COLUMNS =
      "a.declaration_id, a.declared_at, a.customs_office, a.exporter_id, a.exporter_name,"
          + " a.destination, a.value_usd, a.score, a.lane, a.finding_codes, a.status, c.id,"
          + " c.status";

  private static final String FROM =
      " FROM assessment a LEFT JOIN case_file c ON c.declaration_id = a.declaration_id";

  private static Row row(ResultSet rs) throws SQLException {
    long caseId = rs.getLong(12);
    Long caseOrNull = rs.wasNull() ? null : caseId;
    return new Row(
        rs.getString(1),
        rs.getObject(2, LocalDate.class),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getBigDecimal(7),
        rs.getDouble(8),
        rs.getString(9),
        codes(rs.getString(10)),
        rs.getString(11),
        caseOrNull,
        rs.getString(13));
  }

  static List<String> codes(String spaced) {
    List<String> out = new ArrayList<>();
    if (spaced != null) {
      for (String code : spaced.trim().split("\\s+")) {
        if (!code.isEmpty()) {
          out.add(code);
        }
      }
    }
    return out;
  }

  /** The offices that have assessments, among those given (all when {@code offices} is null). */
  public List<String> offices(Collection<String> offices) {
    List<String> all =
        jdbc.sql("SELECT DISTINCT customs_office FROM assessment ORDER BY customs_office")
            .query(String.class)
            .list();
    return offices == null ? all : all.stream().filter(offices::contains).toList();
  }

  /** The latest day with alerts (red or yellow) at an office: where an officer's day starts. */
  public Optional<LocalDate> latestDay(String office) {
    return Optional.ofNullable(
        jdbc.sql(
                "SELECT MAX(declared_at) FROM assessment WHERE customs_office = ? AND lane IN"
                    + " ('RED', 'YELLOW')")
            .param(office)
            .query(LocalDate.class)
            .single());
  }

  /** Counts per lane at an office on a day: index 0..3 = RED, YELLOW, GREEN, BLUE. */
  public long[] laneCounts(String office, LocalDate day) {
    long[] counts = new long[4];
    jdbc.sql(
            "SELECT lane, COUNT(*) FROM assessment WHERE customs_office = ? AND declared_at = ?"
                + " GROUP BY lane")
        .params(office, day)
        .query(
            (rs, n) -> {
              counts[laneIndex(rs.getString(1))] = rs.getLong(2);
              return null;
            })
        .list();
    return counts;
  }

  static int laneIndex(String lane) {
    return switch (lane) {
      case "RED" -> 0;
      case "YELLOW" -> 1;
      case "GREEN" -> 2;
      default -> 3;
    };
  }

  /**
   * The alert queue of an office on a day: RED first, then YELLOW, each by score, highest first;
   * with {@code allLanes} the green and blue ones follow.
   */
  public List<Row> queue(String office, LocalDate day, boolean allLanes) {
    return jdbc.sql(
            "SELECT "
                + ROW_COLUMNS
                + FROM
                + " WHERE a.customs_office = ? AND a.declared_at = ?"
                + (allLanes ? "" : " AND a.lane IN ('RED', 'YELLOW')")
                + " ORDER BY CASE a.lane WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 WHEN 'GREEN' THEN 2"
                + " ELSE 3 END, a.score DESC, a.declaration_id FETCH FIRST "
                + PAGE
                + " ROWS ONLY")
        .params(office, day)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** The red capacity of an office on a day, as the selection recorded it. */
  public Optional<Long> redCapacity(String office, LocalDate day) {
    return jdbc.sql(
            "SELECT result FROM assessment WHERE customs_office = ? AND declared_at = ?"
                + " ORDER BY screened_at DESC FETCH FIRST 1 ROWS ONLY")
        .params(office, day)
        .query(String.class)
        .optional()
        .map(Json::read)
        .map(r -> r.path("selection").path("red_capacity"))
        .filter(JsonNode::isNumber)
        .map(JsonNode::asLong);
  }

  public Optional<Stored> find(String declarationId) {
    return jdbc.sql(
            "SELECT "
                + ROW_COLUMNS
                + ", a.declaration, a.result"
                + FROM
                + " WHERE a.declaration_id = ?")
        .param(declarationId)
        .query(
            (rs, n) ->
                new Stored(row(rs), Json.read(rs.getString(14)), Json.read(rs.getString(15))))
        .optional();
  }

  /** Earlier declarations of the same exporter, newest first. */
  public List<Row> sameExporter(String exporterId, String except, LocalDate before, int limit) {
    return jdbc.sql(
            "SELECT "
                + ROW_COLUMNS
                + FROM
                + " WHERE a.exporter_id = ? AND a.declaration_id <> ? AND a.declared_at <= ?"
                + " ORDER BY a.declared_at DESC, a.score DESC FETCH FIRST "
                + limit
                + " ROWS ONLY")
        .params(exporterId, except, before)
        .query((rs, n) -> row(rs))
        .list();
  }

  /**
   * Earlier declarations of other exporters to the same destination that raised the same finding
   * code: the pattern seen elsewhere.
   */
  public List<Row> samePattern(
      String destination, String code, String exporterId, LocalDate before, int limit) {
    return jdbc.sql(
            "SELECT "
                + ROW_COLUMNS
                + FROM
                + " WHERE a.destination = ? AND a.finding_codes LIKE ? AND a.exporter_id <> ?"
                + " AND a.declared_at <= ?"
                + " ORDER BY a.declared_at DESC, a.score DESC FETCH FIRST "
                + limit
                + " ROWS ONLY")
        .params(destination, "% " + code + " %", exporterId, before)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** One row of the case list. */
  public record CaseRow(
      long id,
      String declarationId,
      String office,
      String exporterName,
      String status,
      String assignee,
      String openedBy,
      OffsetDateTime openedAt,
      String outcome,
      String typology,
      String lane,
      double score) {}

  /** Cases of the offices given (all when null), open ones first, newest first. */
  public List<CaseRow> cases(Collection<String> offices, String status) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.id, c.declaration_id, c.customs_office, a.exporter_name, c.status,"
                + " c.assignee, c.opened_by, c.opened_at, c.outcome, c.typology, a.lane, a.score"
                + " FROM case_file c JOIN assessment a ON a.declaration_id = c.declaration_id"
                + " WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (offices != null) {
      if (offices.isEmpty()) {
        return List.of();
      }
      sql.append(" AND c.customs_office IN (")
          .append(String.join(", ", java.util.Collections.nCopies(offices.size(), "?")))
          .append(')');
      params.addAll(offices);
    }
    if (status != null && !status.isBlank()) {
      sql.append(" AND c.status = ?");
      params.add(status);
    }
    sql.append(
        " ORDER BY CASE c.status WHEN 'OPEN' THEN 0 ELSE 1 END, c.opened_at DESC FETCH FIRST "
            + PAGE
            + " ROWS ONLY");
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new CaseRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, OffsetDateTime.class),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getDouble(12)))
        .list();
  }
}
