package dev.assay.license;

/**
 * The reviews that stop the statutory clock while they run (Dual-Use Regulations Art. 17-18: the
 * time for identification, expert consultation and on-site verification is not counted).
 */
public enum PauseKind {
  /** Technical identification (鉴别) of the item. */
  IDENTIFICATION,
  /** Consultation of experts (专家论证). */
  EXPERT_REVIEW,
  /** On-site verification (实地核查), at home or abroad. */
  ON_SITE_CHECK
}
