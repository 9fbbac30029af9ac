package dev.assay.license;

import dev.assay.declaration.HsCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One item an exporter applies to export: the goods, how much, and what they are worth. */
public record ApplicationItem(
    int itemNo,
    Optional<String> controlCode,
    HsCode hsCode,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal valueUsd) {

  public ApplicationItem {
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
      throw new IllegalArgumentException("item " + itemNo + ": quantity must be positive");
    }
    if (valueUsd == null || valueUsd.signum() < 0) {
      throw new IllegalArgumentException("item " + itemNo + ": value must not be negative");
    }
  }
}
