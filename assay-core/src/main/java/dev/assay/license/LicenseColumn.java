package dev.assay.license;

import java.util.Locale;

/** The columns of the license CSV (docs/license-format.md). */
enum LicenseColumn {
  LICENSE_NO(true, true),
  LICENSE_TYPE(true, true),
  ISSUED_AT(true, true),
  VALID_FROM(true, true),
  VALID_UNTIL(true, true),
  STATUS(true, false),
  EXPORTER_ID(true, true),
  EXPORTER_NAME(true, true),
  CONSIGNEE_NAME(true, true),
  CONSIGNEE_COUNTRY(true, true),
  END_USER_NAME(true, true),
  END_USER_COUNTRY(true, true),
  END_USE(true, false),
  DESTINATION_COUNTRIES(true, true),
  ITEM_NO(false, true),
  CONTROL_CODE(false, false),
  HS_CODE(false, true),
  DESCRIPTION(false, true),
  QUANTITY(false, true),
  UNIT(false, true),
  VALUE_USD(false, true);

  private final boolean licenseLevel;
  private final boolean required;

  LicenseColumn(boolean licenseLevel, boolean required) {
    this.licenseLevel = licenseLevel;
    this.required = required;
  }

  /** Whether the column describes the license (and must agree on all its rows). */
  boolean isLicenseLevel() {
    return licenseLevel;
  }

  boolean isRequired() {
    return required;
  }

  String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
