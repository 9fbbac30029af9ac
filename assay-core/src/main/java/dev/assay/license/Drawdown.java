package dev.assay.license;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded drawdown: one declaration line wrote this much off one license item. */
public record Drawdown(
    String licenseNo,
    int itemNo,
    String declarationId,
    int lineNo,
    BigDecimal quantity,
    BigDecimal valueUsd,
    LocalDate declaredAt,
    Instant recordedAt) {

  public Drawdown {
    quantity = Amounts.normal(quantity);
    valueUsd = Amounts.normal(valueUsd);
    recordedAt = Amounts.normal(recordedAt);
  }

  static Drawdown of(DrawdownRequest request, Instant recordedAt) {
    return new Drawdown(
        request.licenseNo(),
        request.itemNo(),
        request.declarationId(),
        request.lineNo(),
        request.quantity(),
        request.valueUsd(),
        request.declaredAt(),
        recordedAt);
  }

  /** Whether this drawdown is the one a request asks for (same declaration line). */
  public boolean isFor(DrawdownRequest request) {
    return declarationId.equals(request.declarationId()) && lineNo == request.lineNo();
  }
}
