package dev.assay.license;

import dev.assay.declaration.HsCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One licensed item: the goods, and how much of them (in quantity and in value) the license allows
 * to leave in total.
 *
 * @param controlCode the dual-use control code such as {@code 1C117.d}, where known
 * @param quantity the licensed quantity, in {@code unit}
 */
public record LicenseItem(
    int itemNo,
    Optional<String> controlCode,
    HsCode hsCode,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal valueUsd) {

  public LicenseItem {
    Objects.requireNonNull(hsCode, "hsCode");
    controlCode = controlCode == null ? Optional.empty() : controlCode;
    description = description == null ? "" : description;
    unit = unit == null ? "" : unit;
    quantity = Amounts.normal(quantity);
    valueUsd = Amounts.normal(valueUsd);
    if (itemNo < 1) {
      throw new IllegalArgumentException("item numbers start at 1, got " + itemNo);
    }
    if (quantity == null || quantity.signum() <= 0) {
      throw new IllegalArgumentException("item " + itemNo + ": licensed quantity must be positive");
    }
    if (valueUsd == null || valueUsd.signum() <= 0) {
      throw new IllegalArgumentException("item " + itemNo + ": licensed value must be positive");
    }
  }

  /**
   * Whether a declared code draws on this item: equal to a licensed 10-digit code, or under a
   * licensed 8-digit tariff line (docs/license-format.md).
   */
  public boolean covers(HsCode declared) {
    return declared.isCoveredBy(hsCode.value());
  }

  /** The same item with other limits, as an amendment grants. */
  public LicenseItem withLimits(BigDecimal newQuantity, BigDecimal newValueUsd) {
    return new LicenseItem(
        itemNo, controlCode, hsCode, description, newQuantity, unit, newValueUsd);
  }
}
