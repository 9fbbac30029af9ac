package dev.assay.server.web;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Party;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.stats.TradeCube;
import dev.assay.server.service.ScreeningEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the analyst's pages aggregate over the stored declarations: the trade cube (mineral ×
 * destination × month, classified by the control list), and the parties of each declaration for the
 * network view. Built by one pass over the table, kept until the table changes (or ten minutes
 * pass), so that a page view costs a lookup, not a scan.
 */
@Component
public class AnalystData {
  private static final Duration MAX_AGE = Duration.ofMinutes(10);
  private static final int CHUNK = 2000;

  private final JdbcClient jdbc;
  private final ScreeningEngine engine;
  private Snapshot snapshot;

  public AnalystData(JdbcClient jdbc, ScreeningEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** The parties of one declaration, as the network view needs them. */
  public record Parties(
      String declarationId,
      LocalDate declaredAt,
      String exporterId,
      String exporterName,
      Party consignee,
      Optional<Party> endUser) {}

  JdbcClient jdbc() {
    return jdbc;
  }

  /** One pass's results. */
  public record Snapshot(
      long rows, Instant builtAt, TradeCube cube, List<Parties> parties, Set<String> violators) {}

  /** The current aggregates, rebuilt when declarations were added since the last build. */
  public synchronized Snapshot snapshot() {
    long rows = jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single();
    if (snapshot == null
        || snapshot.rows() != rows
        || snapshot.builtAt().plus(MAX_AGE).isBefore(Instant.now())) {
      snapshot = build(rows);
    }
    return snapshot;
  }

  private Snapshot build(long rows) {
    TradeCube cube =
        new TradeCube(new MineralClassifier(engine.controlList(), MineralClassifier.Scope.FAMILY));
    List<Parties> parties = new ArrayList<>();
    Consumer<Declaration> each =
        d -> {
          cube.accepted(d);
          parties.add(
              new Parties(
                  d.id(),
                  d.declaredAt(),
                  d.exporter().code().value(),
                  d.exporter().name(),
                  d.consignee(),
                  Optional.ofNullable(d.endUser())));
        };
    forEachDeclaration("SELECT declaration FROM assessment ORDER BY declared_at", List.of(), each);
    return new Snapshot(rows, Instant.now(), cube, List.copyOf(parties), violators());
  }

  /**
   * Reads stored declarations back with the core's own reader, a chunk of NDJSON at a time (the
   * stored form is the nested JSON of one declaration per row).
   */
  void forEachDeclaration(String sql, List<?> params, Consumer<Declaration> each) {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK * 1024);
    int[] inChunk = {0};
    IngestListener listener =
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            each.accept(declaration);
          }

          @Override
          public void rejected(RecordError error) {
            // Stored declarations were accepted once; one the reader now refuses is left out.
          }
        };
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              chunk.writeBytes(rs.getString(1).getBytes(StandardCharsets.UTF_8));
              chunk.write('\n');
              if (++inChunk[0] == CHUNK) {
                DeclarationReader.read(
                    new ByteArrayInputStream(chunk.toByteArray()), Format.NDJSON, listener);
                chunk.reset();
                inChunk[0] = 0;
              }
            });
    if (inChunk[0] > 0) {
      DeclarationReader.read(
          new ByteArrayInputStream(chunk.toByteArray()), Format.NDJSON, listener);
    }
  }

  /**
   * The exporters found in violation: an inspection outcome of IRREGULARITY or SEIZED on one of
   * their declarations.
   */
  private Set<String> violators() {
    return new HashSet<>(
        jdbc
            .sql(
                "SELECT DISTINCT exporter_id FROM case_file WHERE outcome IN ('IRREGULARITY',"
                    + " 'SEIZED')")
            .query(String.class)
            .list()
            .stream()
            .map(String::trim)
            .toList());
  }

  /** Inspection outcomes per declaration (CLEAN or a violation), for backtests' labels. */
  public Map<String, String> outcomes() {
    Map<String, String> out = new HashMap<>();
    jdbc.sql("SELECT declaration_id, outcome FROM case_file WHERE outcome IS NOT NULL")
        .query(
            rs -> {
              out.put(rs.getString(1), rs.getString(2));
            });
    return out;
  }
}
