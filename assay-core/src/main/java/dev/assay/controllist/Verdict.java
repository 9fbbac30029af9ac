package dev.assay.controllist;

/** What a goods line needs to leave the country, ordered by gravity (the last is the gravest). */
public enum Verdict {
  NOT_CONTROLLED,
  LICENSE_REQUIRED,
  PRESUMPTION_OF_DENIAL,
  PROHIBITED;

  /** The graver of this verdict and another. */
  public Verdict gravest(Verdict other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
