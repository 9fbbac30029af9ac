package dev.assay.store;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationItem;
import dev.assay.license.ApplicationRepository;
import dev.assay.license.ApplicationState;
import dev.assay.license.DocumentKind;
import dev.assay.license.LicenseType;
import dev.assay.license.LicensingException;
import dev.assay.license.PauseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applications in the database. A step is checked against the stored history under a lock on the
 * application's row and appended with the next sequence number; the primary key on (application,
 * sequence) refuses a second step recorded on the same history.
 */
public final class JdbcApplicationRepository implements ApplicationRepository {
  private final Database database;

  public JdbcApplicationRepository(Database database) {
    this.database = database;
  }

  @Override
  public void create(Application application) {
    try {
      database.inTransaction(
          "storing application " + application.id(),
          c -> {
            insert(c, application);
            int seq = 0;
            for (ApplicationEvent event : application.events()) {
              insertEvent(c, application.id(), ++seq, event);
            }
            return null;
          });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && Database.isDuplicateKey(sql)) {
        throw new LicensingException("application " + application.id() + " already exists");
      }
      throw e;
    }
  }

  @Override
  public Optional<Application> find(String id) {
    return database.inTransaction("reading application " + id, c -> load(c, id, false));
  }

  @Override
  public List<Application> list() {
    return database.inTransaction(
        "listing applications",
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT application_id FROM application ORDER BY application_id");
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getString(1));
            }
          }
          List<Application> applications = new ArrayList<>(ids.size());
          for (String id : ids) {
            load(c, id, false).ifPresent(applications::add);
          }
          return applications;
        });
  }

  @Override
  public Application record(String id, ApplicationEvent event) {
    try {
      return database.inTransaction(
          "recording a step of application " + id,
          c -> {
            Application stored =
                load(c, id, true).orElseThrow(() -> new LicensingException("no application " + id));
            Application changed = stored.apply(event);
            insertEvent(c, id, changed.events().size(), event);
            return changed;
          });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && Database.isDuplicateKey(sql)) {
        throw new LicensingException(
            "application " + id + " changed while this step was recorded; read it and try again");
      }
      throw e;
    }
  }

  private static void insert(Connection c, Application a) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO application (application_id, exporter_id, exporter_name, license_type,"
                + " consignee_name, consignee_country, consignee_address, end_user_name,"
                + " end_user_country, end_user_address, end_use, end_use_category, destination,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Jdbc.bind(
              s,
              a.id(),
              a.exporter().code().value(),
              a.exporter().name(),
              a.licenseType(),
              a.consignee().name(),
              a.consignee().country().value(),
              a.consignee().address(),
              a.endUser().name(),
              a.endUser().country().value(),
              a.endUser().address(),
              a.endUse(),
              a.endUseCategory(),
              a.destination().value(),
              a.createdAt())
          .executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO application_item (application_id, item_no, control_code, hs_code,"
                + " description, quantity, unit, value_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ApplicationItem item : a.items()) {
        Jdbc.bind(
                s,
                a.id(),
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
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO application_document (application_id, kind) VALUES (?, ?)")) {
      for (DocumentKind kind : a.documents()) {
        Jdbc.bind(s, a.id(), kind).executeUpdate();
      }
    }
  }

  private static void insertEvent(Connection c, String id, int seq, ApplicationEvent event)
      throws SQLException {
    String kind;
    ApplicationState from = null;
    ApplicationState to = null;
    PauseKind pause = null;
    switch (event) {
      case ApplicationEvent.StateChanged change -> {
        kind = "STATE_CHANGED";
        from = change.from();
        to = change.to();
      }
      case ApplicationEvent.ReviewPaused paused -> {
        kind = "REVIEW_PAUSED";
        pause = paused.kind();
      }
      case ApplicationEvent.ReviewResumed resumed -> kind = "REVIEW_RESUMED";
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO application_event (application_id, seq, kind, from_state, to_state,"
                + " pause_kind, actor, occurred_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Jdbc.bind(
              s,
              id,
              seq,
              kind,
              from == null ? null : from.name(),
              to == null ? null : to.name(),
              pause == null ? null : pause.name(),
              event.actor(),
              event.at(),
              event.reason())
          .executeUpdate();
    }
  }

  private static Optional<Application> load(Connection c, String id, boolean lock)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM application WHERE application_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Application(
                r.getString("application_id"),
                new Exporter(
                    new UnifiedSocialCreditCode(r.getString("exporter_id")),
                    r.getString("exporter_name")),
                LicenseType.valueOf(r.getString("license_type")),
                items(c, id),
                new Party(
                    r.getString("consignee_name"),
                    new CountryCode(r.getString("consignee_country")),
                    r.getString("consignee_address")),
                new Party(
                    r.getString("end_user_name"),
                    new CountryCode(r.getString("end_user_country")),
                    r.getString("end_user_address")),
                r.getString("end_use"),
                EndUse.valueOf(r.getString("end_use_category")),
                new CountryCode(r.getString("destination")),
                documents(c, id),
                Jdbc.instant(r, "created_at"),
                events(c, id)));
      }
    }
  }

  private static List<ApplicationItem> items(Connection c, String id) throws SQLException {
    List<ApplicationItem> items = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT item_no, control_code, hs_code, description, quantity, unit, value_usd"
                + " FROM application_item WHERE application_id = ? ORDER BY item_no")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          items.add(
              new ApplicationItem(
                  r.getInt("item_no"),
                  Optional.ofNullable(r.getString("control_code")),
                  new HsCode(r.getString("hs_code")),
                  r.getString("description"),
                  Jdbc.decimal(r, "quantity"),
                  r.getString("unit"),
                  Jdbc.decimal(r, "value_usd")));
        }
      }
    }
    return items;
  }

  private static Set<DocumentKind> documents(Connection c, String id) throws SQLException {
    Set<DocumentKind> documents = EnumSet.noneOf(DocumentKind.class);
    try (PreparedStatement s =
        c.prepareStatement("SELECT kind FROM application_document WHERE application_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          documents.add(DocumentKind.valueOf(r.getString(1)));
        }
      }
    }
    return documents;
  }

  private static List<ApplicationEvent> events(Connection c, String id) throws SQLException {
    List<ApplicationEvent> events = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT kind, from_state, to_state, pause_kind, actor, occurred_at, reason"
                + " FROM application_event WHERE application_id = ? ORDER BY seq")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          var at = Jdbc.instant(r, "occurred_at");
          String actor = r.getString("actor");
          String reason = r.getString("reason");
          events.add(
              switch (r.getString("kind")) {
                case "STATE_CHANGED" ->
                    new ApplicationEvent.StateChanged(
                        ApplicationState.valueOf(r.getString("from_state")),
                        ApplicationState.valueOf(r.getString("to_state")),
                        actor,
                        at,
                        reason);
                case "REVIEW_PAUSED" ->
                    new ApplicationEvent.ReviewPaused(
                        PauseKind.valueOf(r.getString("pause_kind")), actor, at, reason);
                case "REVIEW_RESUMED" -> new ApplicationEvent.ReviewResumed(actor, at, reason);
                default ->
                    throw new IllegalStateException("unknown event kind " + r.getString("kind"));
              });
        }
      }
    }
    return events;
  }
}
