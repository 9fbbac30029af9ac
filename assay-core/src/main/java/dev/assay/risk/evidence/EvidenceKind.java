package dev.assay.risk.evidence;

/** What a finding is as evidence: see {@link EvidenceKinds} and docs/evidence.md. */
public enum EvidenceKind {
  /**
   * The law decides on this finding alone (a banned destination or end use, a confirmed control
   * code without a license, a blocking restricted-party match, a license violation): the
   * declaration goes RED with the finding's basis, whatever the other evidence or a model says.
   */
  LEGAL_CERTAINTY,
  /**
   * An indicator: its weight is the probability of a violation among declarations that carry it,
   * learned from inspection outcomes ({@link EvidenceWeights}).
   */
  SOFT
}
