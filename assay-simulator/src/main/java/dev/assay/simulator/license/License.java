package dev.assay.simulator.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import java.time.LocalDate;
import java.util.List;

/**
 * A dual-use items export license (两用物项和技术出口许可证) as docs/license-format.md describes it: who may
 * export what to whom, until when, up to which quantity and value.
 */
public record License(
    String licenseNo,
    LicenseType type,
    LocalDate issuedAt,
    LocalDate validFrom,
    LocalDate validUntil,
    LicenseStatus status,
    Exporter exporter,
    String consigneeName,
    CountryCode consigneeCountry,
    String endUserName,
    CountryCode endUserCountry,
    String endUse,
    List<CountryCode> destinations,
    List<LicenseItem> items) {

  public License {
    destinations = List.copyOf(destinations);
    items = List.copyOf(items);
    if (validUntil.isBefore(validFrom) || validFrom.isBefore(issuedAt)) {
      throw new IllegalArgumentException(
          licenseNo + ": dates out of order " + issuedAt + " " + validFrom + " " + validUntil);
    }
    if (validUntil.isAfter(validFrom.plusYears(type.maxYears()))) {
      throw new IllegalArgumentException(
          licenseNo + ": a " + type + " license is valid at most " + type.maxYears() + " years");
    }
  }

  public boolean validOn(LocalDate date) {
    return status == LicenseStatus.VALID && !date.isBefore(validFrom) && !date.isAfter(validUntil);
  }

  /** Kinds of license (Dual-Use Regulations Art. 15, fact base section 3). */
  public enum LicenseType {
    /** One shipment to one end user, valid up to one year. */
    SINGLE(1),
    /** Repeated shipments, valid up to three years. */
    GENERAL(3);

    private final int maxYears;

    LicenseType(int maxYears) {
      this.maxYears = maxYears;
    }

    public int maxYears() {
      return maxYears;
    }
  }

  /** Whether a license may be used. */
  public enum LicenseStatus {
    VALID,
    SUSPENDED,
    REVOKED
  }
}
