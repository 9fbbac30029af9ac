package dev.assay.ingest;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The contract's validation rules, shared by all formats: reads the declaration-level fields and
 * the goods-line fields of a record, checking every field so that a record reports all its errors.
 */
final class RecordParser {
  private RecordParser() {}

  /**
   * The declaration-level fields, or {@code null} if any is bad (each reported).
   *
   * @param repeated the values parsed for earlier declarations of the import
   */
  static DeclarationPart declarationPart(
      FieldSource source, ErrorCollector errors, DateWindow window, RepeatedValues repeated) {
    int before = errors.errors().size();
    FieldValues f = new FieldValues(source, errors, repeated);
    LocalDate declaredAt = f.date(Column.DECLARED_AT);
    if (declaredAt != null && window.problem(declaredAt) != null) {
      f.report(Column.DECLARED_AT, declaredAt.toString(), window.problem(declaredAt));
    }
    String customsOffice = f.text(Column.CUSTOMS_OFFICE);
    UnifiedSocialCreditCode exporterId = f.creditCode(Column.EXPORTER_ID);
    String exporterName = f.text(Column.EXPORTER_NAME);
    String consigneeName = f.text(Column.CONSIGNEE_NAME);
    CountryCode consigneeCountry = f.country(Column.CONSIGNEE_COUNTRY);
    String consigneeAddress = f.text(Column.CONSIGNEE_ADDRESS);
    Party endUser = endUser(f);
    CountryCode destination = f.country(Column.DESTINATION_COUNTRY);
    List<CountryCode> transit = f.countries(Column.TRANSIT_COUNTRIES);
    TransportMode mode = f.constant(Column.TRANSPORT_MODE, TransportMode.class, null);
    Integer containers = f.whole(Column.CONTAINER_COUNT, 0, 0);
    Double grossWeight = f.decimal(Column.GROSS_WEIGHT_KG, true);
    EndUse endUse = f.constant(Column.END_USE, EndUse.class, EndUse.UNSPECIFIED);
    Optional<Label> label = label(f);
    if (errors.errors().size() > before) {
      return null;
    }
    return new DeclarationPart(
        declaredAt,
        customsOffice,
        new Exporter(exporterId, exporterName),
        new Party(consigneeName, consigneeCountry, consigneeAddress),
        endUser,
        destination,
        transit,
        new Transport(mode, containers, grossWeight),
        endUse,
        label);
  }

  /** The end user, {@code null} when the declaration names none; name and country go together. */
  private static Party endUser(FieldValues f) {
    String name = f.text(Column.END_USER_NAME);
    String countryText = f.text(Column.END_USER_COUNTRY);
    String address = f.text(Column.END_USER_ADDRESS);
    if (name == null || countryText == null || address == null) {
      return null;
    }
    if (name.isEmpty() && countryText.isEmpty()) {
      if (!address.isEmpty()) {
        f.report(Column.END_USER_ADDRESS, address, "an end-user address needs an end-user name");
      }
      return null;
    }
    if (name.isEmpty()) {
      f.report(Column.END_USER_NAME, name, "required when the end-user country is given");
      return null;
    }
    if (countryText.isEmpty()) {
      f.report(Column.END_USER_COUNTRY, countryText, "required when the end-user name is given");
      return null;
    }
    CountryCode country = f.country(Column.END_USER_COUNTRY, countryText);
    return country == null ? null : new Party(name, country, address);
  }

  private static Optional<Label> label(FieldValues f) {
    String outcomeText = f.text(Column.OUTCOME);
    String typology = f.text(Column.TYPOLOGY);
    if (outcomeText == null || typology == null) {
      return Optional.empty();
    }
    if (outcomeText.isEmpty()) {
      if (!typology.isEmpty()) {
        f.report(Column.TYPOLOGY, typology, "a typology needs an outcome");
      }
      return Optional.empty();
    }
    Outcome outcome = f.constant(Column.OUTCOME, Outcome.class, null);
    if (outcome == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Label(outcome, typology.isEmpty() ? Optional.empty() : Optional.of(typology)));
  }

  /** One goods line, or {@code null} if any of its fields is bad (each reported). */
  static GoodsLine goodsLine(FieldSource source, ErrorCollector errors) {
    int before = errors.errors().size();
    FieldValues f = new FieldValues(source, errors);
    Integer lineNo = f.whole(Column.LINE_NO, 1, null);
    HsCode hsCode = f.hsCode(Column.HS_CODE);
    String description = f.text(Column.DESCRIPTION);
    Double quantity = f.decimal(Column.QUANTITY, true);
    String unit = f.text(Column.UNIT);
    Double netWeight = f.decimal(Column.NET_WEIGHT_KG, true);
    Double value = f.decimal(Column.VALUE_USD, false);
    String licenseNo = f.text(Column.LICENSE_NO);
    if (errors.errors().size() > before
        || lineNo == null
        || hsCode == null
        || description == null
        || quantity == null
        || unit == null
        || netWeight == null
        || value == null
        || licenseNo == null) {
      return null;
    }
    return new GoodsLine(
        lineNo,
        hsCode,
        description,
        quantity,
        unit,
        netWeight,
        value,
        licenseNo.isEmpty() ? Optional.empty() : Optional.of(licenseNo));
  }
}
