package dev.assay.server.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write numbers and times: one way everywhere, so columns read the same on every page.
 */
public final class Fmt {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Fmt() {}

  /** US dollars without cents, with thousands separators: {@code 1,250,000}. */
  public static String usd(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  public static String usd(BigDecimal value) {
    return value == null ? "" : usd(value.doubleValue());
  }

  /** Kilograms: whole above 10 kg, one decimal below. */
  public static String kg(double value) {
    return value >= 10
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  public static String qty(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /** A risk score of 0..1 with three decimals. */
  public static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A share of 0..1 as a whole percentage. */
  public static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  public static String pct1(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** The width, in percent, of a score bar. */
  public static String width(double share) {
    return String.format(Locale.ROOT, "width:%.0f%%", Math.max(0, Math.min(1, share)) * 100);
  }

  public static String time(Instant at) {
    return at == null ? "" : MINUTE.format(at);
  }

  public static String time(OffsetDateTime at) {
    return at == null ? "" : MINUTE.format(at.toInstant());
  }

  public static String words(Enum<?> value) {
    return value == null ? "" : value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** The badge colour of an application state. */
  public static String stateClass(dev.assay.license.ApplicationState state) {
    return switch (state) {
      case APPROVED -> "st-good";
      case DENIED -> "st-bad";
      case UNDER_REVIEW -> "st-info";
      case SUBMITTED -> "st-warn";
      case DRAFT, WITHDRAWN -> "st-none";
    };
  }

  /** The badge colour of a control-list verdict. */
  public static String verdictClass(dev.assay.controllist.Verdict verdict) {
    return switch (verdict) {
      case NOT_CONTROLLED -> "st-good";
      case LICENSE_REQUIRED -> "st-warn";
      case DEPENDS_ON_SPECIFICATION -> "st-info";
      case PRESUMPTION_OF_DENIAL, PROHIBITED -> "st-bad";
    };
  }

  /** The share of the licensed value already drawn, over all items of a license. */
  public static double drawnShare(java.util.List<dev.assay.license.ItemBalance> balances) {
    double limit = 0;
    double drawn = 0;
    for (dev.assay.license.ItemBalance b : balances) {
      limit += b.limitValueUsd().doubleValue();
      drawn += b.drawnValueUsd().doubleValue();
    }
    return limit == 0 ? 0 : drawn / limit;
  }

  /** A difference with its sign: {@code +12}, {@code -3}, {@code 0}. */
  public static String signed(long value) {
    return value > 0 ? "+" + value : Long.toString(value);
  }

  public static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /**
   * The position of an interval of 0..1 on a weight bar ({@code .wbar > .ci}): where it starts and
   * how wide it is, in percent (at least 1%, so a narrow interval still shows).
   */
  public static String span(double low, double high) {
    double lo = Math.max(0, Math.min(1, low));
    double hi = Math.max(lo, Math.min(1, high));
    return String.format(
        Locale.ROOT, "left:%.1f%%;width:%.1f%%", lo * 100, Math.max(1, (hi - lo) * 100));
  }

  /** The position of a value of 0..1 on a weight bar ({@code .wbar > .m}, {@code .wbar > .p}). */
  public static String at(double share) {
    return String.format(Locale.ROOT, "left:%.1f%%", Math.max(0, Math.min(1, share)) * 100);
  }
}
