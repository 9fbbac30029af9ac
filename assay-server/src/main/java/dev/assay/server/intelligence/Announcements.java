package dev.assay.server.intelligence;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlListException;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.Measure;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.service.ScreeningEngine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Control-list announcements under maker-checker. An administrator proposes a measure file in the
 * shipped format; it is checked by the core's control-list loader together with the shipped list
 * and the announcements already approved, and backtested: the newest stored declarations' goods
 * lines are determined as of today with the list in force and with the list plus the new measure,
 * and the verdicts that change are counted. A second, different administrator approves it, and only
 * then does the screening engine use the new list. Every step is audited.
 */
@Service
public class Announcements {
  private static final Logger LOG = LoggerFactory.getLogger(Announcements.class);
  private static final Pattern FILE_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.ya?ml");

  /** Larger than any shipped measure file by far; refuses an upload that is not one. */
  static final int MAX_BYTES = 256 * 1024;

  /** Examples of changed verdicts kept with a proposal. */
  static final int EXAMPLES = 10;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ScreeningEngine engine;
  private final StoredDeclarations declarations;
  private final TransactionTemplate tx;
  private final int backtestRows;
  private final Clock clock = Clock.systemUTC();

  public Announcements(
      JdbcClient jdbc,
      AuditLog audit,
      ScreeningEngine engine,
      StoredDeclarations declarations,
      PlatformTransactionManager transactions,
      @org.springframework.beans.factory.annotation.Value(
              "${assay.announcements.backtest-rows:20000}")
          int backtestRows) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.engine = engine;
    this.declarations = declarations;
    this.tx = new TransactionTemplate(transactions);
    this.backtestRows = backtestRows;
  }

  /** One stored announcement. */
  public record Announcement(
      long id,
      String measureId,
      String fileName,
      String yaml,
      String status,
      String maker,
      OffsetDateTime proposedAt,
      String checker,
      OffsetDateTime decidedAt,
      long linesChecked,
      long linesChanged,
      List<String> examples) {}

  /** What a new measure changes: goods lines re-determined, verdicts changed, some examples. */
  public record Backtest(long declarations, long lines, long changed, List<String> examples) {}

  public List<Announcement> list() {
    return jdbc.sql(
            "SELECT id, measure_id, file_name, yaml, status, maker, proposed_at, checker,"
                + " decided_at, lines_checked, lines_changed, examples FROM"
                + " control_list_announcement ORDER BY id DESC FETCH FIRST 100 ROWS ONLY")
        .query(
            (rs, n) ->
                new Announcement(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class),
                    rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class),
                    rs.getLong(10),
                    rs.getLong(11),
                    rs.getString(12).isEmpty() ? List.of() : List.of(rs.getString(12).split("\n"))))
        .list();
  }

  /**
   * Checks and backtests a measure file and stores it as PENDING.
   *
   * @throws ApiException 400 naming the field at fault when the file does not load
   */
  public Announcement propose(String maker, String fileName, String yaml) {
    String name = fileName == null ? "" : fileName.strip();
    if (!FILE_NAME.matcher(name).matches()) {
      throw ApiException.badField(
          "fileName", "a file name such as 2026-010-new-measure.yaml (letters, digits, . _ -)");
    }
    if (yaml == null || yaml.isBlank()) {
      throw ApiException.badField("yaml", "the measure file is empty");
    }
    if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw ApiException.badField("yaml", "larger than " + MAX_BYTES / 1024 + " KiB");
    }
    List<Announcement> approved = approved();
    for (Announcement a : approved) {
      if (a.fileName().equals(name)) {
        throw ApiException.badField("fileName", "an approved announcement has this name already");
      }
    }
    ControlList current = engine.controlList();
    ControlList candidate = build(approved, name, yaml);
    Measure measure =
        candidate.measures().stream()
            .filter(m -> m.file().equals(name))
            .findFirst()
            .orElseThrow(() -> ApiException.badField("yaml", "no measure read from the file"));
    Backtest backtest = backtest(current, candidate);
    return tx.execute(
        status -> {
          OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
          GeneratedKeyHolder keys = new GeneratedKeyHolder();
          jdbc.sql(
                  "INSERT INTO control_list_announcement (measure_id, file_name, yaml, status,"
                      + " maker, proposed_at, lines_checked, lines_changed, examples) VALUES"
                      + " (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)")
              .params(
                  measure.id(),
                  name,
                  yaml,
                  maker,
                  now,
                  backtest.lines(),
                  backtest.changed(),
                  String.join("\n", backtest.examples()))
              .update(keys, "id");
          long id = keys.getKey().longValue();
          audit.record(
              maker,
              "ANNOUNCEMENT_PROPOSED",
              "announcement:" + id,
              Map.of(
                  "measure", measure.id(),
                  "file", name,
                  "linesChecked", backtest.lines(),
                  "linesChanged", backtest.changed()));
          return find(id);
        });
  }

  /**
   * Approves a pending announcement and puts it in force.
   *
   * @throws ApiException 403 when the checker is the maker, 409 when it is not pending or no longer
   *     loads with the announcements approved since
   */
  public Announcement approve(String checker, long id) {
    Announcement a = find(id);
    if (a.maker().equals(checker)) {
      // Recorded outside any transaction so the refusal stays in the log.
      audit.record(
          checker,
          "ANNOUNCEMENT_APPROVAL_REFUSED",
          "announcement:" + id,
          Map.of("reason", "maker may not approve"));
      throw ApiException.forbidden(
          "checker", "the administrator who proposed an announcement may not approve it");
    }
    synchronized (this) {
      requirePending(find(id));
      ControlList list;
      try {
        list = build(approved(), a.fileName(), a.yaml());
      } catch (ApiException e) {
        throw new ApiException(
            HttpStatus.CONFLICT,
            "no longer loads with the announcements approved since: " + e.getMessage(),
            e.errors());
      }
      Announcement done =
          tx.execute(
              status -> {
                decide(id, "APPROVED", checker);
                audit.record(
                    checker,
                    "ANNOUNCEMENT_APPROVED",
                    "announcement:" + id,
                    Map.of("measure", a.measureId(), "maker", a.maker(), "list", list.version()));
                return find(id);
              });
      engine.useControlList(list);
      return done;
    }
  }

  /** Rejects a pending announcement; any administrator may, the maker included (a withdrawal). */
  public Announcement reject(String checker, long id) {
    synchronized (this) {
      Announcement a = find(id);
      requirePending(a);
      return tx.execute(
          status -> {
            decide(id, "REJECTED", checker);
            audit.record(
                checker,
                "ANNOUNCEMENT_REJECTED",
                "announcement:" + id,
                Map.of("measure", a.measureId(), "maker", a.maker()));
            return find(id);
          });
    }
  }

  /** Puts the approved announcements back in force when the server starts. */
  @EventListener(ApplicationReadyEvent.class)
  public void restore() {
    List<Announcement> approved = approved();
    if (approved.isEmpty()) {
      return;
    }
    try {
      ControlList.Builder b = ControlList.builder().addBundled();
      approved.forEach(a -> b.add(a.fileName(), a.yaml()));
      engine.useControlList(b.build());
      LOG.info("{} approved control-list announcements in force", approved.size());
    } catch (ControlListException e) {
      // The shipped list changed under them (an upgrade that includes the measure, say).
      LOG.error("approved announcements no longer load; the shipped list is in force: {}", e);
    }
  }

  Announcement find(long id) {
    return list().stream()
        .filter(a -> a.id() == id)
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("announcement " + id));
  }

  private static void requirePending(Announcement a) {
    if (!a.status().equals("PENDING")) {
      throw ApiException.conflict("status", "announcement " + a.id() + " is " + a.status());
    }
  }

  private void decide(long id, String status, String checker) {
    int n =
        jdbc.sql(
                "UPDATE control_list_announcement SET status = ?, checker = ?, decided_at = ?"
                    + " WHERE id = ? AND status = 'PENDING'")
            .params(status, checker, OffsetDateTime.now(clock), id)
            .update();
    if (n != 1) {
      throw ApiException.conflict("status", "announcement " + id + " is no longer pending");
    }
  }

  private List<Announcement> approved() {
    return list().reversed().stream().filter(a -> a.status().equals("APPROVED")).toList();
  }

  /** The shipped list, the approved announcements and one more file, checked by the core. */
  private static ControlList build(List<Announcement> approved, String name, String yaml) {
    ControlList.Builder b = ControlList.builder().addBundled();
    approved.forEach(a -> b.add(a.fileName(), a.yaml()));
    b.add(name, yaml);
    try {
      return b.build();
    } catch (ControlListException e) {
      String field = e.field() == null || e.field().isEmpty() ? "yaml" : e.field();
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          e.getMessage(),
          List.of(new ApiException.FieldError(field, e.getMessage(), 0, e.file())));
    }
  }

  /** Re-determines the newest stored declarations' goods lines as of today with both lists. */
  Backtest backtest(ControlList before, ControlList after) {
    LocalDate today = LocalDate.now(clock);
    long[] counts = new long[3];
    List<String> examples = new ArrayList<>();
    declarations.newest(
        backtestRows,
        (Declaration d) -> {
          counts[0]++;
          for (GoodsLine line : d.lines()) {
            DeterminationQuery q =
                new DeterminationQuery(
                    line.hsCode(),
                    line.description(),
                    d.destination(),
                    d.endUser() == null ? null : d.endUser().country(),
                    d.endUse(),
                    today);
            Determination was = before.determine(q);
            Determination now = after.determine(q);
            counts[1]++;
            if (was.verdict() != now.verdict()) {
              counts[2]++;
              if (examples.size() < EXAMPLES) {
                examples.add(
                    d.id()
                        + " line "
                        + line.lineNo()
                        + " "
                        + line.hsCode().value()
                        + " to "
                        + d.destination().value()
                        + ": "
                        + was.verdict()
                        + " -> "
                        + now.verdict()
                        + " ("
                        + now.decisive().map(m -> m.measure().citation()).orElse("no measure")
                        + ")");
              }
            }
          }
        });
    return new Backtest(counts[0], counts[1], counts[2], examples);
  }
}
