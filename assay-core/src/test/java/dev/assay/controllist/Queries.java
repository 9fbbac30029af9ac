package dev.assay.controllist;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import java.time.LocalDate;

/** Short ways to write determination queries in specifications. */
final class Queries {
  static final CountryCode GERMANY = CountryCode.parse("DE");
  static final CountryCode MEXICO = CountryCode.parse("MX");
  static final CountryCode US = CountryCode.UNITED_STATES;
  static final CountryCode JAPAN = CountryCode.JAPAN;

  private Queries() {}

  static DeterminationQuery line(String hs, String description, CountryCode to, String date) {
    return new DeterminationQuery(
        HsCode.parse(hs), description, to, null, EndUse.UNSPECIFIED, LocalDate.parse(date));
  }

  static DeterminationQuery line(String hs, CountryCode to, String date) {
    return line(hs, null, to, date);
  }

  static DeterminationQuery military(String hs, CountryCode to, String date) {
    return new DeterminationQuery(
        HsCode.parse(hs), null, to, to, EndUse.MILITARY, LocalDate.parse(date));
  }

  static LocalDate date(String date) {
    return LocalDate.parse(date);
  }

  /** The control code of the item a measure was applied for, or "-" for a code-level one. */
  static String controlCodeOf(AppliedMeasure applied) {
    return applied.item().flatMap(ControlledItem::controlCode).orElse("-");
  }
}
