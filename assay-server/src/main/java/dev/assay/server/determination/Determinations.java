package dev.assay.server.determination;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.StaleWarning;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.server.api.ApiException;
import dev.assay.server.service.ScreeningEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * "Does this shipment need a license?": the control-list determination of {@code assay determine},
 * made by the core's {@link ControlList#determine} on the list in force in the running engine (the
 * shipped list plus the announcements approved under maker-checker), so the page, the API and the
 * command line give the same verdict, basis and stale-list warnings. Checks the question first and
 * names every field at fault at once.
 */
@Service
public class Determinations {
  /** Longest description read: a goods description, not a document. */
  static final int MAX_DESCRIPTION = 1000;

  private final ScreeningEngine engine;

  public Determinations(ScreeningEngine engine) {
    this.engine = engine;
  }

  /**
   * The question as asked, every field text (as a form or JSON body gives it); blank optional
   * fields are absent.
   */
  public record Question(
      String hsCode,
      String description,
      String destination,
      String endUserCountry,
      String endUse,
      String quantity,
      String unit,
      String valueUsd,
      String date) {}

  /** One measure the answer rests on. */
  public record MeasureApplied(
      String measure,
      String basis,
      String title,
      String verdict,
      String item,
      String controlCode,
      String threshold,
      String confidence,
      List<String> sources) {}

  /** A reason the list behind the answer may be out of date. */
  public record Warning(
      String kind, String measure, String basis, LocalDate since, String message) {}

  /** The answer, with the question as read. */
  public record Answer(
      String hsCode,
      String description,
      String destination,
      String endUserCountry,
      String endUse,
      BigDecimal quantity,
      String unit,
      BigDecimal valueUsd,
      LocalDate asOf,
      String verdict,
      boolean licenseRequired,
      List<MeasureApplied> measures,
      List<String> decidedBy,
      String absenceClaim,
      List<String> notes,
      List<Warning> warnings,
      String controlListVersion) {}

  /**
   * Determines the goods line asked about, as of its date (today when none is given).
   *
   * @throws ApiException 400 naming every field at fault
   */
  public Answer determine(Question q, LocalDate today) {
    List<ApiException.FieldError> errors = new ArrayList<>();
    HsCode hs = null;
    CountryCode destination = null;
    CountryCode endUser = null;
    EndUse endUse = EndUse.UNSPECIFIED;
    LocalDate asOf = today;
    if (blank(q.hsCode())) {
      errors.add(new ApiException.FieldError("hsCode", "required"));
    } else {
      try {
        hs = HsCode.parse(q.hsCode().strip());
      } catch (InvalidValueException e) {
        errors.add(new ApiException.FieldError("hsCode", e.reason(), 0, e.value()));
      }
    }
    if (blank(q.destination())) {
      errors.add(new ApiException.FieldError("destination", "required"));
    } else {
      try {
        destination = CountryCode.parse(q.destination().strip());
      } catch (InvalidValueException e) {
        errors.add(new ApiException.FieldError("destination", e.reason(), 0, e.value()));
      }
    }
    if (!blank(q.endUserCountry())) {
      try {
        endUser = CountryCode.parse(q.endUserCountry().strip());
      } catch (InvalidValueException e) {
        errors.add(new ApiException.FieldError("endUserCountry", e.reason(), 0, e.value()));
      }
    }
    if (!blank(q.endUse())) {
      try {
        endUse = EndUse.valueOf(q.endUse().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new ApiException.FieldError(
                "endUse", "one of " + List.of(EndUse.values()), 0, q.endUse()));
      }
    }
    if (!blank(q.date())) {
      try {
        asOf = LocalDate.parse(q.date().strip());
      } catch (DateTimeParseException e) {
        errors.add(new ApiException.FieldError("date", "a date as YYYY-MM-DD", 0, q.date()));
      }
    }
    BigDecimal quantity = amount(q.quantity(), "quantity", errors);
    BigDecimal value = amount(q.valueUsd(), "valueUsd", errors);
    String description = blank(q.description()) ? null : q.description().strip();
    if (description != null && description.length() > MAX_DESCRIPTION) {
      errors.add(
          new ApiException.FieldError(
              "description", "at most " + MAX_DESCRIPTION + " characters", 0, null));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          errors.stream()
              .map(e -> e.field() + ": " + e.reason())
              .reduce((a, b) -> a + "; " + b)
              .orElseThrow(),
          errors);
    }
    DeterminationQuery query =
        new DeterminationQuery(hs, description, destination, endUser, endUse, asOf);
    ControlList list = engine.controlList();
    Determination d = list.determine(query);
    List<String> notes = new ArrayList<>(d.notes());
    if (quantity != null || value != null) {
      // Said plainly so that no one reads a small shipment as exempt: the measures set no de
      // minimis by quantity or value, only technical thresholds (purity, grain size, ...).
      notes.add(
          "The quantity and value do not change the determination: the control measures set no"
              + " exemption by quantity or value; only the technical thresholds named above do.");
    }
    return new Answer(
        hs.value(),
        description,
        destination.value(),
        endUser == null ? null : endUser.value(),
        endUse.name(),
        quantity,
        blank(q.unit()) ? null : q.unit().strip(),
        value,
        asOf,
        d.verdict().name(),
        d.controlled(),
        d.measures().stream().map(Determinations::applied).toList(),
        d.decidedBy(),
        d.absenceClaim().orElse(null),
        notes,
        d.warnings().stream().map(Determinations::warning).toList(),
        list.version());
  }

  private static MeasureApplied applied(AppliedMeasure m) {
    return new MeasureApplied(
        m.measure().id(),
        m.basis(),
        m.measure().title(),
        m.verdict().name(),
        m.item().map(ControlledItem::label).orElse(null),
        m.item().flatMap(ControlledItem::controlCode).orElse(null),
        m.item().flatMap(ControlledItem::threshold).orElse(null),
        m.confidence().yamlName(),
        m.measure().sources());
  }

  private static Warning warning(StaleWarning w) {
    return new Warning(w.kind().name(), w.measure(), w.basis(), w.since(), w.message());
  }

  private static BigDecimal amount(
      String text, String field, List<ApiException.FieldError> errors) {
    if (blank(text)) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(text.strip().replace(",", ""));
      if (v.signum() < 0) {
        errors.add(new ApiException.FieldError(field, "must not be negative", 0, text));
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      errors.add(new ApiException.FieldError(field, "not a number", 0, text));
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
