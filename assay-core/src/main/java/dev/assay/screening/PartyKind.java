package dev.assay.screening;

/** What kind of party a list entry names; lists use their own words, mapped to these. */
public enum PartyKind {
  ORGANIZATION,
  PERSON,
  VESSEL,
  AIRCRAFT,
  UNKNOWN
}
