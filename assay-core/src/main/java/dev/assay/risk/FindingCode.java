package dev.assay.risk;

/** The closed set of finding codes of the screening output contract (DESIGN.md). */
public enum FindingCode {
  UNLICENSED_CONTROLLED_EXPORT,
  LICENSE_VIOLATION,
  PROHIBITED_EXPORT,
  RESTRICTED_PARTY,
  MISDECLARED_GOODS,
  VALUE_ANOMALY,
  CONCEALMENT,
  TRANSSHIPMENT_RISK,
  NETWORK_RISK,
  PROFILE_ANOMALY,
  /**
   * A cited license number nothing known vouches for, with no register at hand (soft evidence;
   * appended last so that the ordinals of the others do not change).
   */
  UNVERIFIED_LICENSE
}
