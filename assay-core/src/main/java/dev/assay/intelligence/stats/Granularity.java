package dev.assay.intelligence.stats;

import java.time.YearMonth;

/** How trade is grouped in time. */
public enum Granularity {
  MONTH,
  QUARTER,
  YEAR;

  /** The period of this granularity that a month falls in. */
  public Period periodOf(YearMonth month) {
    return switch (this) {
      case MONTH -> Period.of(month, month);
      case QUARTER -> Period.parse(month.getYear() + "Q" + ((month.getMonthValue() - 1) / 3 + 1));
      case YEAR -> Period.parse(Integer.toString(month.getYear()));
    };
  }
}
