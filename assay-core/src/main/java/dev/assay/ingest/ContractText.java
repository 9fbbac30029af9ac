package dev.assay.ingest;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of each contract field of a declaration and one of its lines, as the writers put it:
 * numbers in plain notation that reads back to the same double, empty text for absent values.
 */
final class ContractText {
  private ContractText() {}

  static String of(Column column, Declaration d, GoodsLine line) {
    return switch (column) {
      case DECLARATION_ID -> d.id();
      case LINE_NO -> String.valueOf(line.lineNo());
      case DECLARED_AT -> d.declaredAt().toString();
      case CUSTOMS_OFFICE -> d.customsOffice();
      case EXPORTER_ID -> d.exporter().code().value();
      case EXPORTER_NAME -> d.exporter().name();
      case CONSIGNEE_NAME -> d.consignee().name();
      case CONSIGNEE_COUNTRY -> d.consignee().country().value();
      case CONSIGNEE_ADDRESS -> d.consignee().address();
      case END_USER_NAME -> d.endUser() == null ? "" : d.endUser().name();
      case END_USER_COUNTRY -> d.endUser() == null ? "" : d.endUser().country().value();
      case END_USER_ADDRESS -> d.endUser() == null ? "" : d.endUser().address();
      case DESTINATION_COUNTRY -> d.destination().value();
      case TRANSIT_COUNTRIES -> countries(d.transitCountries());
      case TRANSPORT_MODE -> d.transport().mode().name();
      case CONTAINER_COUNT -> String.valueOf(d.transport().containerCount());
      case GROSS_WEIGHT_KG -> number(d.transport().grossWeightKg());
      case HS_CODE -> line.hsCode().value();
      case DESCRIPTION -> line.description();
      case QUANTITY -> number(line.quantity());
      case UNIT -> line.unit();
      case NET_WEIGHT_KG -> number(line.netWeightKg());
      case VALUE_USD -> number(line.valueUsd());
      case LICENSE_NO -> line.licenseNo().orElse("");
      case END_USE -> d.endUse() == EndUse.UNSPECIFIED ? "" : d.endUse().name();
      case OUTCOME -> d.label().map(label -> label.outcome().name()).orElse("");
      case TYPOLOGY -> d.label().flatMap(Label::typology).orElse("");
    };
  }

  static String countries(List<CountryCode> countries) {
    return countries.stream().map(CountryCode::value).collect(Collectors.joining(";"));
  }

  /** The shortest plain decimal that parses back to the same double: 1000, 0.5, 12.75. */
  static BigDecimal decimal(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }

  /** Below this magnitude every integer is a double, and a double that is an integer is exact. */
  private static final double EXACT_INTEGERS = 0x1p53;

  /**
   * The text of {@link #decimal} without going through BigDecimal where a faster way gives the same
   * characters: an integer as its digits (negative zero as "0", as BigDecimal has no negative
   * zero), and a magnitude in [0.001, 10^7), which {@link Double#toString} writes plain with the
   * shortest digits and no trailing zero, as that text. Everything else (exponent notation, NaN and
   * infinities, which throw) takes the BigDecimal path.
   */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS) {
      return Long.toString((long) value);
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
      return Double.toString(value);
    }
    return decimal(value).toPlainString();
  }
}
