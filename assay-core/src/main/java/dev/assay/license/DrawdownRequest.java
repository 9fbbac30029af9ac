package dev.assay.license;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one declaration goods line asks of a license item: this quantity (in the item's unit) and
 * this value. A line draws once; the pair (declaration id, line number) identifies the drawdown.
 */
public record DrawdownRequest(
    String licenseNo,
    int itemNo,
    String declarationId,
    int lineNo,
    BigDecimal quantity,
    BigDecimal valueUsd,
    LocalDate declaredAt) {

  public DrawdownRequest {
    Objects.requireNonNull(licenseNo, "licenseNo");
    Objects.requireNonNull(declarationId, "declarationId");
    Objects.requireNonNull(declaredAt, "declaredAt");
    if (quantity == null || quantity.signum() < 0 || valueUsd == null || valueUsd.signum() < 0) {
      throw new IllegalArgumentException("a drawdown is of a quantity and value of at least zero");
    }
    quantity = Amounts.normal(quantity);
    valueUsd = Amounts.normal(valueUsd);
  }
}
