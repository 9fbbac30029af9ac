package dev.assay.store;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.license.Drawdown;
import dev.assay.license.DrawdownOutcome;
import dev.assay.license.DrawdownRequest;
import dev.assay.license.DrawdownRules;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseItem;
import dev.assay.license.LicenseRepository;
import dev.assay.license.LicenseStatus;
import dev.assay.license.LicenseType;
import dev.assay.license.LicenseViolation;
import dev.assay.license.LicensingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Licenses in the database. A drawdown locks its license's row ({@code SELECT ... FOR UPDATE})
 * before it reads the balance, so concurrent draws on one license queue up and each sees the
 * others' result; the primary key of {@code drawdown} makes a line draw at most once even across
 * licenses.
 */
public final class JdbcLicenseRepository implements LicenseRepository {
  private static final String LICENSE_COLUMNS =
      "license_no, license_type, issued_at, valid_from, valid_until, status, exporter_id,"
          + " exporter_name, consignee_name, consignee_country, end_user_name, end_user_country,"
          + " end_use";

  private final Database database;
  private final Clock clock;

  public JdbcLicenseRepository(Database database) {
    this(database, Clock.systemUTC());
  }

  public JdbcLicenseRepository(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public Added add(License license, LicenseChange issued) {
    try {
      return database.inTransaction(
          "storing license " + license.number(),
          c -> {
            Optional<License> stored = load(c, license.number(), false);
            if (stored.isPresent()) {
              return unchangedOrConflict(stored.get(), license);
            }
            insert(c, license);
            insertChange(c, license.number(), 1, issued);
            return Added.ADDED;
          });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && Database.isDuplicateKey(sql)) {
        // Stored by someone else between our read and our insert: judge against what they stored.
        return unchangedOrConflict(find(license.number()).orElseThrow(() -> e), license);
      }
      throw e;
    }
  }

  /**
   * What {@link #addAll} did with one license: added or unchanged, or refused with the reason (a
   * license of that number stored with other terms).
   */
  public record Outcome(License license, Added added, String refusal) {}

  /**
   * Adds licenses as {@link #add} does, many in one transaction: an import of thousands of licenses
   * then commits a few times instead of once per license. A license stored before with other terms
   * is refused on its own, the others are stored. Where the batch fails as a whole (another writer
   * stored one of its licenses at the same moment), it is stored one license at a time.
   *
   * @return one outcome per license, in order
   */
  public List<Outcome> addAll(
      List<License> licenses, java.util.function.Function<License, LicenseChange> issued) {
    try {
      return database.inTransaction(
          "storing " + licenses.size() + " licenses",
          c -> {
            List<Outcome> outcomes = new ArrayList<>(licenses.size());
            for (License license : licenses) {
              Optional<License> stored = load(c, license.number(), false);
              if (stored.isEmpty()) {
                insert(c, license);
                insertChange(c, license.number(), 1, issued.apply(license));
                outcomes.add(new Outcome(license, Added.ADDED, null));
              } else {
                outcomes.add(judged(stored.get(), license));
              }
            }
            return outcomes;
          });
    } catch (StoreException e) {
      List<Outcome> outcomes = new ArrayList<>(licenses.size());
      for (License license : licenses) {
        try {
          outcomes.add(new Outcome(license, add(license, issued.apply(license)), null));
        } catch (LicensingException refused) {
          outcomes.add(new Outcome(license, null, refused.getMessage()));
        }
      }
      return outcomes;
    }
  }

  private static Outcome judged(License stored, License license) {
    try {
      return new Outcome(license, unchangedOrConflict(stored, license), null);
    } catch (LicensingException refused) {
      return new Outcome(license, null, refused.getMessage());
    }
  }

  private static Added unchangedOrConflict(License stored, License license) {
    if (stored.equals(license)) {
      return Added.UNCHANGED;
    }
    throw new LicensingException(
        "license "
            + license.number()
            + " is already stored with other terms; amend, suspend or revoke it instead");
  }

  @Override
  public Optional<License> find(String licenseNo) {
    return database.inTransaction("reading license " + licenseNo, c -> load(c, licenseNo, false));
  }

  @Override
  public List<License> list() {
    return database.inTransaction(
        "listing licenses",
        c -> {
          List<String> numbers = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT license_no FROM license ORDER BY license_no");
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              numbers.add(rows.getString(1));
            }
          }
          List<License> licenses = new ArrayList<>(numbers.size());
          for (String number : numbers) {
            load(c, number, false).ifPresent(licenses::add);
          }
          return licenses;
        });
  }

  @Override
  public License update(String licenseNo, UnaryOperator<License> change, LicenseChange entry) {
    return database.inTransaction(
        "changing license " + licenseNo,
        c -> {
          License stored =
              load(c, licenseNo, true)
                  .orElseThrow(() -> new LicensingException("no license " + licenseNo));
          License changed = change.apply(stored);
          requireSameKeyElements(stored, changed);
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE license SET status = ?, valid_until = ?, consignee_name = ?,"
                      + " consignee_country = ? WHERE license_no = ?")) {
            Jdbc.bind(
                    s,
                    changed.status(),
                    changed.validUntil(),
                    changed.consignee().name(),
                    changed.consignee().country().value(),
                    licenseNo)
                .executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE license_item SET quantity = ?, value_usd = ?"
                      + " WHERE license_no = ? AND item_no = ?")) {
            for (LicenseItem item : changed.items()) {
              Jdbc.bind(s, item.quantity(), item.valueUsd(), licenseNo, item.itemNo())
                  .executeUpdate();
            }
          }
          insertChange(c, licenseNo, nextChangeSeq(c, licenseNo), entry);
          return changed;
        });
  }

  /** Items, parties, destinations and end use are key elements: a new license, not a change. */
  private static void requireSameKeyElements(License stored, License changed) {
    boolean same =
        stored.number().equals(changed.number())
            && stored.type() == changed.type()
            && stored.exporter().equals(changed.exporter())
            && stored.endUser().equals(changed.endUser())
            && stored.endUse().equals(changed.endUse())
            && stored.destinations().equals(changed.destinations())
            && stored.validFrom().equals(changed.validFrom())
            && stored.items().size() == changed.items().size();
    for (int i = 0; same && i < stored.items().size(); i++) {
      LicenseItem a = stored.items().get(i);
      LicenseItem b = changed.items().get(i);
      same = a.itemNo() == b.itemNo() && a.hsCode().equals(b.hsCode()) && a.unit().equals(b.unit());
    }
    if (!same) {
      throw new IllegalArgumentException(
          "license " + stored.number() + ": a change may not touch its key elements");
    }
  }

  @Override
  public List<LicenseChange> history(String licenseNo) {
    return database.inTransaction(
        "reading the history of license " + licenseNo,
        c -> {
          List<LicenseChange> changes = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT kind, changed_at, actor, reason, details FROM license_change"
                      + " WHERE license_no = ? ORDER BY seq")) {
            s.setString(1, licenseNo);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                changes.add(
                    new LicenseChange(
                        LicenseChange.Kind.valueOf(rows.getString("kind")),
                        Jdbc.instant(rows, "changed_at"),
                        rows.getString("actor"),
                        rows.getString("reason"),
                        rows.getString("details")));
              }
            }
          }
          return changes;
        });
  }

  @Override
  public DrawdownOutcome draw(DrawdownRequest request) {
    try {
      return database.inTransaction(
          "drawing on license " + request.licenseNo(), c -> decide(c, request, true));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && Database.isDuplicateKey(sql)) {
        // The same line drew at the same moment through another license: that drawdown stands.
        return database.inTransaction(
            "reading a drawdown",
            c ->
                new DrawdownOutcome.AlreadyDrawn(
                    drawdownOf(c, request.declarationId(), request.lineNo()).orElseThrow()));
      }
      throw e;
    }
  }

  @Override
  public DrawdownOutcome check(DrawdownRequest request) {
    return database.inTransaction(
        "checking a drawdown on license " + request.licenseNo(), c -> decide(c, request, false));
  }

  private DrawdownOutcome decide(Connection c, DrawdownRequest request, boolean record)
      throws SQLException {
    Optional<License> license = load(c, request.licenseNo(), record);
    if (license.isEmpty()) {
      return new DrawdownOutcome.Refused(new LicenseViolation.UnknownLicense(request.licenseNo()));
    }
    DrawdownOutcome outcome =
        DrawdownRules.decide(
            license.get(),
            drawdowns(c, request.licenseNo()),
            drawdownOf(c, request.declarationId(), request.lineNo()),
            request,
            clock.instant());
    if (record && outcome instanceof DrawdownOutcome.Drawn drawn) {
      Drawdown d = drawn.drawdown();
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO drawdown (declaration_id, line_no, license_no, item_no, quantity,"
                  + " value_usd, declared_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        Jdbc.bind(
                s,
                d.declarationId(),
                d.lineNo(),
                d.licenseNo(),
                d.itemNo(),
                d.quantity(),
                d.valueUsd(),
                d.declaredAt(),
                d.recordedAt())
            .executeUpdate();
      }
    }
    return outcome;
  }

  @Override
  public List<Drawdown> drawdowns(String licenseNo) {
    return database.inTransaction(
        "reading the drawdowns of license " + licenseNo, c -> drawdowns(c, licenseNo));
  }

  private static final String DRAWDOWN_COLUMNS =
      "declaration_id, line_no, license_no, item_no, quantity, value_usd, declared_at,"
          + " recorded_at";

  private static List<Drawdown> drawdowns(Connection c, String licenseNo) throws SQLException {
    List<Drawdown> drawdowns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + DRAWDOWN_COLUMNS + " FROM drawdown WHERE license_no = ? ORDER BY seq")) {
      s.setString(1, licenseNo);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          drawdowns.add(drawdown(rows));
        }
      }
    }
    return drawdowns;
  }

  private static Optional<Drawdown> drawdownOf(Connection c, String declarationId, int lineNo)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + DRAWDOWN_COLUMNS
                + " FROM drawdown WHERE declaration_id = ? AND line_no = ?")) {
      Jdbc.bind(s, declarationId, lineNo);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(drawdown(rows)) : Optional.empty();
      }
    }
  }

  private static Drawdown drawdown(ResultSet rows) throws SQLException {
    return new Drawdown(
        rows.getString("license_no"),
        rows.getInt("item_no"),
        rows.getString("declaration_id"),
        rows.getInt("line_no"),
        Jdbc.decimal(rows, "quantity"),
        Jdbc.decimal(rows, "value_usd"),
        Jdbc.date(rows, "declared_at"),
        Jdbc.instant(rows, "recorded_at"));
  }

  /** Reads a license whole; with {@code lock}, holds its row until the transaction ends. */
  private static Optional<License> load(Connection c, String licenseNo, boolean lock)
      throws SQLException {
    String sql =
        "SELECT "
            + LICENSE_COLUMNS
            + " FROM license WHERE license_no = ?"
            + (lock ? " FOR UPDATE" : "");
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, licenseNo);
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new License(
                rows.getString("license_no"),
                LicenseType.valueOf(rows.getString("license_type")),
                Jdbc.date(rows, "issued_at"),
                Jdbc.date(rows, "valid_from"),
                Jdbc.date(rows, "valid_until"),
                LicenseStatus.valueOf(rows.getString("status")),
                new Exporter(
                    new UnifiedSocialCreditCode(rows.getString("exporter_id")),
                    rows.getString("exporter_name")),
                new Party(
                    rows.getString("consignee_name"),
                    new CountryCode(rows.getString("consignee_country")),
                    ""),
                new Party(
                    rows.getString("end_user_name"),
                    new CountryCode(rows.getString("end_user_country")),
                    ""),
                rows.getString("end_use"),
                destinations(c, licenseNo),
                items(c, licenseNo)));
      }
    }
  }

  private static List<CountryCode> destinations(Connection c, String licenseNo)
      throws SQLException {
    List<CountryCode> countries = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT country FROM license_destination WHERE license_no = ? ORDER BY position")) {
      s.setString(1, licenseNo);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          countries.add(new CountryCode(rows.getString(1)));
        }
      }
    }
    return countries;
  }

  private static List<LicenseItem> items(Connection c, String licenseNo) throws SQLException {
    List<LicenseItem> items = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT item_no, control_code, hs_code, description, quantity, unit, value_usd"
                + " FROM license_item WHERE license_no = ? ORDER BY item_no")) {
      s.setString(1, licenseNo);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          items.add(
              new LicenseItem(
                  rows.getInt("item_no"),
                  Optional.ofNullable(rows.getString("control_code")),
                  new HsCode(rows.getString("hs_code")),
                  rows.getString("description"),
                  Jdbc.decimal(rows, "quantity"),
                  rows.getString("unit"),
                  Jdbc.decimal(rows, "value_usd")));
        }
      }
    }
    return items;
  }

  private static void insert(Connection c, License license) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO license ("
                + LICENSE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Jdbc.bind(
              s,
              license.number(),
              license.type(),
              license.issuedAt(),
              license.validFrom(),
              license.validUntil(),
              license.status(),
              license.exporter().code().value(),
              license.exporter().name(),
              license.consignee().name(),
              license.consignee().country().value(),
              license.endUser().name(),
              license.endUser().country().value(),
              license.endUse())
          .executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO license_destination (license_no, position, country) VALUES (?, ?, ?)")) {
      int position = 0;
      for (CountryCode country : license.destinations()) {
        Jdbc.bind(s, license.number(), ++position, country.value()).executeUpdate();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO license_item (license_no, item_no, control_code, hs_code, description,"
                + " quantity, unit, value_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (LicenseItem item : license.items()) {
        Jdbc.bind(
                s,
                license.number(),
                item.itemNo(),
                item.controlCode().orElse(null),
                item.hsCode().value(),
                item.description(),
                item.quantity(),
                item.unit(),
                item.valueUsd())
            .executeUpdate();
      }
    }
  }

  private static int nextChangeSeq(Connection c, String licenseNo) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM license_change WHERE license_no = ?")) {
      s.setString(1, licenseNo);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static void insertChange(Connection c, String licenseNo, int seq, LicenseChange change)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO license_change (license_no, seq, kind, changed_at, actor, reason, details)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Jdbc.bind(
              s,
              licenseNo,
              seq,
              change.kind(),
              change.at(),
              change.actor(),
              change.reason(),
              change.details())
          .executeUpdate();
    }
  }
}
