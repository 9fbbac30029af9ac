package dev.assay.risk.evidence;

import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.util.List;

/**
 * Which findings are legal certainties and which are soft evidence, per finding code and the
 * condition its evidence states (the table of docs/evidence.md). A legal certainty needs a legal
 * fact that is not in doubt: an unsure or merely likely control-list entry, a review-level name
 * match, an analyst rule or anything learned from history is soft, because honest trade trips it.
 */
public final class EvidenceKinds {
  private EvidenceKinds() {}

  public static EvidenceKind of(Finding finding) {
    if (finding.evidence().containsKey("rule")) {
      // An analyst rule is an indicator however it is labelled: it has no legal force of its own.
      return EvidenceKind.SOFT;
    }
    return switch (finding.code()) {
      // A ban on a confirmed entry: no license can clear it. A presumption of denial binds the
      // licensing authority, not the goods: where a license is cited, the authority may have made
      // the exception, and the license is a document to check (the register, where loaded, says
      // more: a license that does not cover the line is a LICENSE_VIOLATION of its own).
      case PROHIBITED_EXPORT ->
          confirmed(finding) && !licensedPresumption(finding)
              ? EvidenceKind.LEGAL_CERTAINTY
              : EvidenceKind.SOFT;
      // Confirmed entry, code or named item, no license: customs may not release (ECL Art. 19).
      // A line whose description says the controlled content is absent is a claim to verify.
      case UNLICENSED_CONTROLLED_EXPORT ->
          confirmed(finding)
                  && finding.severity().compareTo(Severity.HIGH) >= 0
                  && !Boolean.TRUE.equals(finding.evidence().get("claimed_absent"))
              ? EvidenceKind.LEGAL_CERTAINTY
              : EvidenceKind.SOFT;
      // A blocking match or an analyst's confirmed match: the party is listed.
      case RESTRICTED_PARTY ->
          finding.severity() == Severity.CRITICAL || "BLOCK".equals(finding.evidence().get("level"))
              ? EvidenceKind.LEGAL_CERTAINTY
              : EvidenceKind.SOFT;
      // Checked against the license file: the cited license does not cover the line.
      case LICENSE_VIOLATION -> EvidenceKind.LEGAL_CERTAINTY;
      case MISDECLARED_GOODS,
          VALUE_ANOMALY,
          CONCEALMENT,
          TRANSSHIPMENT_RISK,
          NETWORK_RISK,
          PROFILE_ANOMALY,
          // Without a register a license number can be doubted, never shown not to exist.
          UNVERIFIED_LICENSE ->
          EvidenceKind.SOFT;
    };
  }

  private static boolean licensedPresumption(Finding finding) {
    return "PRESUMPTION_OF_DENIAL".equals(finding.evidence().get("verdict"))
        && finding.evidence().get("license_no") != null;
  }

  public static boolean isLegalCertainty(Finding finding) {
    return of(finding) == EvidenceKind.LEGAL_CERTAINTY;
  }

  /** The first legal certainty among the findings, or -1. */
  public static int firstLegalCertainty(List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      if (isLegalCertainty(findings.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean confirmed(Finding finding) {
    return "confirmed".equals(finding.evidence().get("confidence"));
  }

  /** The codes that can be a legal certainty under some condition (the rest are always soft). */
  public static boolean canBeCertain(FindingCode code) {
    return switch (code) {
      case PROHIBITED_EXPORT, UNLICENSED_CONTROLLED_EXPORT, RESTRICTED_PARTY, LICENSE_VIOLATION ->
          true;
      default -> false;
    };
  }
}
