package dev.assay.server.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleFileException;
import dev.assay.rules.RuleProblem;
import dev.assay.server.api.ApiException;
import dev.assay.server.audit.AuditLog;
import dev.assay.server.service.ScreeningEngine;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * Analyst rules (CEL) under maker-checker. A draft is checked by the core's rule loader ({@link
 * RuleBook#read}: parsed, type-checked, its cost bounded) before it is stored, so a rule that would
 * not load is refused with the field and the reason; it can then be backtested on the backtest
 * page. A second person (another analyst or an administrator, never the one who drafted it)
 * activates it, and only then does the running engine's rule book change; anyone who may change
 * rules deactivates an active one. Every step is audited. User input is only ever read as a rule by
 * that loader.
 */
@Service
public class AnalystRules {
  private static final Logger LOG = LoggerFactory.getLogger(AnalystRules.class);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** "field expression: ..." and "unknown field 'x' ..." in the loader's reasons. */
  private static final Pattern FIELD = Pattern.compile("^(?:field (\\w+):|unknown field '(\\w+)')");

  /** Rules in force at once: each is evaluated on every declaration. */
  static final int MAX_ACTIVE = 100;

  /** The book's name in findings' problems and the log. */
  static final String BOOK = "analyst rules";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ScreeningEngine engine;
  private final TransactionTemplate tx;

  public AnalystRules(
      JdbcClient jdbc,
      AuditLog audit,
      ScreeningEngine engine,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.engine = engine;
    this.tx = new TransactionTemplate(transactions);
  }

  /** A rule as an analyst writes it; dates as YYYY-MM-DD, blank for none. */
  public record Draft(
      String id,
      String description,
      String expression,
      String finding,
      String severity,
      String validFrom,
      String validTo,
      String basis) {}

  /** One stored version of a rule. */
  public record StoredRule(
      long version,
      String id,
      String description,
      String expression,
      String finding,
      String severity,
      LocalDate validFrom,
      LocalDate validTo,
      String basis,
      String status,
      String maker,
      OffsetDateTime draftedAt,
      String checker,
      OffsetDateTime decidedAt) {

    /** The rule as a one-rule file in the format of docs/rules.md. */
    public String yaml() {
      return AnalystRules.yaml(List.of(this));
    }
  }

  public List<StoredRule> list() {
    return jdbc.sql(SELECT + " ORDER BY id DESC FETCH FIRST 500 ROWS ONLY").query(this::row).list();
  }

  public Optional<StoredRule> find(long version) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(version).query(this::row).optional();
  }

  public List<StoredRule> active() {
    return jdbc.sql(SELECT + " WHERE status = 'ACTIVE' ORDER BY rule_id").query(this::row).list();
  }

  private static final String SELECT =
      "SELECT id, rule_id, description, expression, finding, severity, valid_from, valid_to,"
          + " basis, status, maker, drafted_at, checker, decided_at FROM analyst_rule";

  private StoredRule row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new StoredRule(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getObject(8, LocalDate.class),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getObject(12, OffsetDateTime.class),
        rs.getString(13),
        rs.getObject(14, OffsetDateTime.class));
  }

  /**
   * Checks a rule with the core's loader and stores it as a DRAFT.
   *
   * @throws ApiException 400 naming the field at fault and why
   */
  public StoredRule draft(String maker, Draft d) {
    if (d == null) {
      throw ApiException.badField("id", "required");
    }
    if (d.id() == null || !RULE_ID.matcher(d.id().strip()).matches()) {
      throw ApiException.badField(
          "id", "1 to 100 letters, digits or . _ - (starting with a letter or digit)");
    }
    limit("description", d.description(), 1000);
    limit("basis", d.basis(), 500);
    limit("expression", d.expression(), 4000);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", d.id().strip());
    rule.put("description", text(d.description()));
    rule.put("expression", text(d.expression()));
    rule.put("finding", text(d.finding()));
    rule.put("severity", text(d.severity()));
    if (!blank(d.validFrom())) {
      rule.put("valid_from", d.validFrom().strip());
    }
    if (!blank(d.validTo())) {
      rule.put("valid_to", d.validTo().strip());
    }
    rule.put("basis", text(d.basis()));
    RuleBook book = check(List.of(rule));
    dev.assay.rules.Rule checked = book.rules().getFirst();
    return tx.execute(
        status -> {
          GeneratedKeyHolder keys = new GeneratedKeyHolder();
          jdbc.sql(
                  "INSERT INTO analyst_rule (rule_id, description, expression, finding, severity,"
                      + " valid_from, valid_to, basis, status, maker, drafted_at) VALUES (?, ?, ?,"
                      + " ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
              .params(
                  checked.id(),
                  checked.description(),
                  checked.expression(),
                  checked.code().name(),
                  checked.severity().name(),
                  checked.validFrom().orElse(null),
                  checked.validTo().orElse(null),
                  checked.basis(),
                  maker,
                  now())
              .update(keys, "id");
          long version = keys.getKey().longValue();
          audit.record(
              maker,
              "RULE_DRAFTED",
              "rule:" + checked.id(),
              Map.of(
                  "version", version,
                  "finding", checked.code().name(),
                  "severity", checked.severity().name(),
                  "expression", checked.expression()));
          return find(version).orElseThrow();
        });
  }

  /**
   * Puts a draft in force in the running engine, replacing the active version of the same rule.
   *
   * @throws ApiException 403 when the checker drafted it, 409 when it is not a draft or the book
   *     would exceed {@link #MAX_ACTIVE} rules
   */
  public StoredRule activate(String checker, long version) {
    StoredRule r =
        find(version).orElseThrow(() -> ApiException.notFound("rule version " + version));
    if (r.maker().equals(checker)) {
      // Recorded outside any transaction so the refusal stays in the log.
      audit.record(
          checker,
          "RULE_ACTIVATION_REFUSED",
          "rule:" + r.id(),
          Map.of("version", version, "reason", "maker may not activate"));
      throw ApiException.forbidden(
          "checker", "the person who drafted a rule may not activate it; a second person must");
    }
    synchronized (this) {
      StoredRule current = find(version).orElseThrow();
      require(current, "DRAFT");
      List<StoredRule> others =
          active().stream().filter(a -> !a.id().equals(current.id())).toList();
      if (others.size() >= MAX_ACTIVE) {
        throw ApiException.conflict(
            "status", "at most " + MAX_ACTIVE + " rules may be active; deactivate one first");
      }
      List<StoredRule> next = new ArrayList<>(others);
      next.add(current);
      RuleBook book = bookOf(next);
      List<Long> replaced =
          active().stream()
              .filter(a -> a.id().equals(current.id()))
              .map(StoredRule::version)
              .toList();
      StoredRule done =
          tx.execute(
              status -> {
                for (long old : replaced) {
                  decide(old, "ACTIVE", "INACTIVE", checker);
                }
                decide(version, "DRAFT", "ACTIVE", checker);
                audit.record(
                    checker,
                    "RULE_ACTIVATED",
                    "rule:" + current.id(),
                    Map.of(
                        "version",
                        version,
                        "maker",
                        current.maker(),
                        "replaced",
                        replaced,
                        "rulesInForce",
                        book.size()));
                return find(version).orElseThrow();
              });
      engine.useRules(book);
      return done;
    }
  }

  /** Takes an active rule out of force at once; anyone who may change rules may. */
  public StoredRule deactivate(String actor, long version) {
    synchronized (this) {
      StoredRule r =
          find(version).orElseThrow(() -> ApiException.notFound("rule version " + version));
      require(r, "ACTIVE");
      RuleBook book = bookOf(active().stream().filter(a -> a.version() != version).toList());
      StoredRule done =
          tx.execute(
              status -> {
                decide(version, "ACTIVE", "INACTIVE", actor);
                audit.record(
                    actor,
                    "RULE_DEACTIVATED",
                    "rule:" + r.id(),
                    Map.of("version", version, "rulesInForce", book.size()));
                return find(version).orElseThrow();
              });
      engine.useRules(book);
      return done;
    }
  }

  /** Rejects a draft; the maker may (a withdrawal), as may any other. */
  public StoredRule reject(String actor, long version) {
    synchronized (this) {
      StoredRule r =
          find(version).orElseThrow(() -> ApiException.notFound("rule version " + version));
      require(r, "DRAFT");
      return tx.execute(
          status -> {
            decide(version, "DRAFT", "REJECTED", actor);
            audit.record(actor, "RULE_REJECTED", "rule:" + r.id(), Map.of("version", version));
            return find(version).orElseThrow();
          });
    }
  }

  /** Puts the active rules back in force when the server starts. */
  @EventListener(ApplicationReadyEvent.class)
  public void restore() {
    List<StoredRule> active = active();
    if (active.isEmpty()) {
      return;
    }
    try {
      engine.useRules(bookOf(active));
      LOG.info("{} active analyst rules in force", active.size());
    } catch (ApiException e) {
      // The rule language changed under them (an upgrade): screen without them, say so loudly.
      LOG.error("active analyst rules no longer load; none are in force: {}", e.getMessage());
    }
  }

  /** The book the engine would run with these rules, checked by the core's loader. */
  static RuleBook bookOf(List<StoredRule> rules) {
    if (rules.isEmpty()) {
      return RuleBook.empty();
    }
    RuleBook book = RuleBook.read(BOOK, yaml(rules));
    if (!book.problems().isEmpty()) {
      RuleProblem p = book.problems().getFirst();
      throw new ApiException(
          HttpStatus.CONFLICT,
          "rule " + p.ruleId() + " no longer loads: " + p.reason(),
          List.of(new ApiException.FieldError(fieldOf(p.reason()), p.reason())));
    }
    return book;
  }

  /** A one-rule book read by the core's loader; its problem, if any, as a 400 naming the field. */
  private static RuleBook check(List<Map<String, Object>> rules) {
    String text;
    try {
      text = YAML.writeValueAsString(Map.of("rules", rules));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always writes as YAML", e);
    }
    RuleBook book;
    try {
      book = RuleBook.read("draft", text);
    } catch (RuleFileException e) {
      throw ApiException.badField("rule", e.getMessage());
    }
    if (!book.problems().isEmpty()) {
      String reason = book.problems().getFirst().reason();
      throw ApiException.badField(fieldOf(reason), reason);
    }
    return book;
  }

  /**
   * The API's name of the field a loader's reason is about; CEL's own errors are the expression's.
   */
  static String fieldOf(String reason) {
    Matcher m = FIELD.matcher(reason == null ? "" : reason);
    if (m.find()) {
      String field = m.group(1) != null ? m.group(1) : m.group(2);
      return switch (field) {
        case "valid_from" -> "validFrom";
        case "valid_to" -> "validTo";
        default -> field;
      };
    }
    return "expression";
  }

  static String yaml(List<StoredRule> rules) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (StoredRule r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("description", r.description());
      m.put("expression", r.expression());
      m.put("finding", r.finding());
      m.put("severity", r.severity());
      if (r.validFrom() != null) {
        m.put("valid_from", r.validFrom().toString());
      }
      if (r.validTo() != null) {
        m.put("valid_to", r.validTo().toString());
      }
      m.put("basis", r.basis());
      list.add(m);
    }
    try {
      return YAML.writeValueAsString(Map.of("rules", list));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always writes as YAML", e);
    }
  }

  private void decide(long version, String from, String to, String checker) {
    int n =
        jdbc.sql(
                "UPDATE analyst_rule SET status = ?, checker = ?, decided_at = ? WHERE id = ? AND"
                    + " status = ?")
            .params(to, checker, now(), version, from)
            .update();
    if (n != 1) {
      throw ApiException.conflict("status", "rule version " + version + " is no longer " + from);
    }
  }

  private static void require(StoredRule r, String status) {
    if (!r.status().equals(status)) {
      throw ApiException.conflict(
          "status", "rule version " + r.version() + " is " + r.status() + ", not " + status);
    }
  }

  private static void limit(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ApiException.badField(field, "at most " + max + " characters");
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
