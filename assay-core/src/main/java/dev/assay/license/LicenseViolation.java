package dev.assay.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One way a declaration line does not match the license it cites. Each says what it is in words and
 * lays out its evidence; {@link #kind()} is the stable name that goes into the screening output.
 */
public sealed interface LicenseViolation {

  /** A stable upper-case name such as {@code EXPIRED}, for the evidence of a finding. */
  String kind();

  /** What is wrong, in words for the officer. */
  String describe();

  /** The facts behind it, added in order to a finding's evidence. */
  void evidence(Map<String, Object> evidence);

  /** Whether the license cannot be used at all (as opposed to this line not fitting it). */
  default boolean voidsLicense() {
    return false;
  }

  /** No license of that number is known: never issued, mistyped, or forged. */
  record UnknownLicense(String licenseNo) implements LicenseViolation {
    public String kind() {
      return "UNKNOWN_LICENSE";
    }

    public String describe() {
      return "license " + licenseNo + " is not known";
    }

    public void evidence(Map<String, Object> evidence) {}

    @Override
    public boolean voidsLicense() {
      return true;
    }
  }

  record NotYetValid(LocalDate validFrom, LocalDate declaredAt) implements LicenseViolation {
    public String kind() {
      return "NOT_YET_VALID";
    }

    public String describe() {
      return "declared on " + declaredAt + ", before the license is valid (from " + validFrom + ")";
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("valid_from", validFrom.toString());
      evidence.put("declared_at", declaredAt.toString());
    }

    @Override
    public boolean voidsLicense() {
      return true;
    }
  }

  record Expired(LocalDate validUntil, LocalDate declaredAt) implements LicenseViolation {
    public String kind() {
      return "EXPIRED";
    }

    public String describe() {
      return "declared on "
          + declaredAt
          + ", after the license expired (valid until "
          + validUntil
          + ")";
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("valid_until", validUntil.toString());
      evidence.put("declared_at", declaredAt.toString());
    }

    @Override
    public boolean voidsLicense() {
      return true;
    }
  }

  /** The license is suspended or revoked. */
  record NotInForce(LicenseStatus status) implements LicenseViolation {
    public String kind() {
      return status.name();
    }

    public String describe() {
      return "the license is " + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("license_status", status.name());
    }

    @Override
    public boolean voidsLicense() {
      return true;
    }
  }

  record OtherExporter(UnifiedSocialCreditCode licensed, UnifiedSocialCreditCode declared)
      implements LicenseViolation {
    public String kind() {
      return "OTHER_EXPORTER";
    }

    public String describe() {
      return "the license was granted to exporter " + licensed + ", not to " + declared;
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("licensed_exporter_id", licensed.value());
      evidence.put("declared_exporter_id", declared.value());
    }
  }

  /** The declared consignee or end user is not the licensed one. */
  record OtherParty(String role, Party licensed, Party declared) implements LicenseViolation {
    public String kind() {
      return "OTHER_" + role.toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    public String describe() {
      return "the licensed "
          + role
          + " is "
          + licensed.name()
          + " ("
          + licensed.country()
          + "), the declared one "
          + declared.name()
          + " ("
          + declared.country()
          + ")";
    }

    public void evidence(Map<String, Object> evidence) {
      String key = role.replace(' ', '_');
      evidence.put("licensed_" + key, licensed.name());
      evidence.put("licensed_" + key + "_country", licensed.country().value());
      evidence.put("declared_" + key, declared.name());
      evidence.put("declared_" + key + "_country", declared.country().value());
    }
  }

  record OtherDestination(List<CountryCode> licensed, CountryCode declared)
      implements LicenseViolation {
    public String kind() {
      return "OTHER_DESTINATION";
    }

    public String describe() {
      return "destination "
          + declared
          + " is not among the licensed destinations "
          + String.join(";", licensed.stream().map(CountryCode::value).toList());
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("licensed_destinations", licensed.stream().map(CountryCode::value).toList());
      evidence.put("declared_destination", declared.value());
    }
  }

  record ItemNotLicensed(HsCode declared, List<HsCode> licensed) implements LicenseViolation {
    public String kind() {
      return "ITEM_NOT_LICENSED";
    }

    public String describe() {
      return "HS code "
          + declared
          + " is not covered by the licensed items ("
          + String.join(", ", licensed.stream().map(HsCode::value).toList())
          + ")";
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("licensed_hs_codes", licensed.stream().map(HsCode::value).toList());
    }
  }

  /** The line's quantity is in a unit the licensed quantity cannot be compared with. */
  record OtherUnit(int itemNo, String licensedUnit, String declaredUnit)
      implements LicenseViolation {
    public String kind() {
      return "OTHER_UNIT";
    }

    public String describe() {
      return "item "
          + itemNo
          + " is licensed in "
          + licensedUnit
          + ", the line is declared in '"
          + declaredUnit
          + "'; the drawdown cannot be counted";
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("item_no", itemNo);
      evidence.put("licensed_unit", licensedUnit);
      evidence.put("declared_unit", declaredUnit);
    }
  }

  /** The line asks for more than is left on the item, in quantity, value or both. */
  record Exceeded(ItemBalance balance, BigDecimal quantity, BigDecimal valueUsd)
      implements LicenseViolation {
    public String kind() {
      return "EXCEEDED";
    }

    public String describe() {
      StringBuilder text = new StringBuilder("exceeds item ").append(balance.itemNo()).append(": ");
      if (quantity.compareTo(balance.remainingQuantity()) > 0) {
        text.append(quantity.stripTrailingZeros().toPlainString())
            .append(' ')
            .append(balance.unit())
            .append(" declared, ")
            .append(balance.remainingQuantity().stripTrailingZeros().toPlainString())
            .append(" of ")
            .append(balance.limitQuantity().stripTrailingZeros().toPlainString())
            .append(" left");
      } else {
        text.append("USD ")
            .append(valueUsd.stripTrailingZeros().toPlainString())
            .append(" declared, USD ")
            .append(balance.remainingValueUsd().stripTrailingZeros().toPlainString())
            .append(" of ")
            .append(balance.limitValueUsd().stripTrailingZeros().toPlainString())
            .append(" left");
      }
      return text.toString();
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("item_no", balance.itemNo());
      evidence.put("unit", balance.unit());
      evidence.put("declared_quantity", quantity);
      evidence.put("remaining_quantity", balance.remainingQuantity());
      evidence.put("licensed_quantity", balance.limitQuantity());
      evidence.put("declared_value_usd", valueUsd);
      evidence.put("remaining_value_usd", balance.remainingValueUsd());
      evidence.put("licensed_value_usd", balance.limitValueUsd());
    }
  }

  /** A single-use license already used by another declaration: it lapses once used. */
  record SingleLicenseUsed(String usedByDeclaration) implements LicenseViolation {
    public String kind() {
      return "SINGLE_LICENSE_USED";
    }

    public String describe() {
      return "the single-use license was already used by declaration " + usedByDeclaration;
    }

    public void evidence(Map<String, Object> evidence) {
      evidence.put("used_by_declaration", usedByDeclaration);
    }

    @Override
    public boolean voidsLicense() {
      return true;
    }
  }
}
