package dev.assay.screening;

/**
 * The standing of one name of a list entry. A weak alias (OFAC "weak aka", UN "Low" quality) is a
 * name the listing authority itself considers unreliable; matches on it are capped at review.
 */
public enum NameType {
  PRIMARY,
  ALIAS,
  WEAK_ALIAS,
  FORMER_NAME
}
