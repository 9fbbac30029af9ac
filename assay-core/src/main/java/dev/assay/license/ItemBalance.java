package dev.assay.license;

import java.math.BigDecimal;
import java.util.List;

/** How much of one license item has been drawn and how much is left, in quantity and value. */
public record ItemBalance(
    int itemNo,
    String unit,
    BigDecimal limitQuantity,
    BigDecimal drawnQuantity,
    BigDecimal limitValueUsd,
    BigDecimal drawnValueUsd) {

  public ItemBalance {
    limitQuantity = Amounts.normal(limitQuantity);
    drawnQuantity = Amounts.normal(drawnQuantity);
    limitValueUsd = Amounts.normal(limitValueUsd);
    drawnValueUsd = Amounts.normal(drawnValueUsd);
  }

  /** The balance of an item after the given drawdowns (those of other items are ignored). */
  public static ItemBalance of(LicenseItem item, List<Drawdown> drawdowns) {
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    for (Drawdown d : drawdowns) {
      if (d.itemNo() == item.itemNo()) {
        quantity = quantity.add(d.quantity());
        value = value.add(d.valueUsd());
      }
    }
    return new ItemBalance(
        item.itemNo(), item.unit(), item.quantity(), quantity, item.valueUsd(), value);
  }

  public BigDecimal remainingQuantity() {
    return limitQuantity.subtract(drawnQuantity);
  }

  public BigDecimal remainingValueUsd() {
    return limitValueUsd.subtract(drawnValueUsd);
  }

  /** Whether a request for this much still fits in both quantity and value. */
  public boolean fits(BigDecimal quantity, BigDecimal valueUsd) {
    return quantity.compareTo(remainingQuantity()) <= 0
        && valueUsd.compareTo(remainingValueUsd()) <= 0;
  }

  /** The balance after drawing this much more. */
  public ItemBalance after(BigDecimal quantity, BigDecimal valueUsd) {
    return new ItemBalance(
        itemNo,
        unit,
        limitQuantity,
        drawnQuantity.add(quantity),
        limitValueUsd,
        drawnValueUsd.add(valueUsd));
  }
}
