package dev.assay.controllist;

/** What a goods line needs to leave the country, ordered by gravity (the last is the gravest). */
public enum Verdict {
  NOT_CONTROLLED,
  /**
   * The code is not conclusive (a broad tariff line that also covers uncontrolled goods) and the
   * description neither names the listed item nor settles it: the specification decides ({@link
   * Determination#decidedBy}). Not controlled until shown to be the item.
   */
  DEPENDS_ON_SPECIFICATION,
  LICENSE_REQUIRED,
  PRESUMPTION_OF_DENIAL,
  PROHIBITED;

  /** The graver of this verdict and another. */
  public Verdict gravest(Verdict other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
