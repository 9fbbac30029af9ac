package dev.assay.license;

import java.util.EnumSet;
import java.util.Set;

/**
 * The documents an application carries (Dual-Use Regulations Art. 16; the 2023 gallium and
 * germanium announcement adds the description of importer and end user; a general license needs
 * more, Art. 20).
 */
public enum DocumentKind {
  APPLICATION_FORM,
  /** Identity of the legal representative, principal manager and handler. */
  REPRESENTATIVE_IDENTITY,
  /** The contract or agreement (original, copy or scan). */
  CONTRACT,
  /** Technical description or test report of the item. */
  TECHNICAL_DESCRIPTION,
  /** End-user and end-use certificate, issued by the end user. */
  END_USER_CERTIFICATE,
  /** Description of the importer and the end user. */
  IMPORTER_END_USER_DESCRIPTION,
  /** General license only: report on the internal compliance programme. */
  COMPLIANCE_PROGRAMME_REPORT,
  /** General license only: history of license use. */
  LICENSE_USE_HISTORY,
  /** General license only: report on channels and end users. */
  CHANNELS_REPORT;

  /** What an application for this kind of license must carry before it can be submitted. */
  public static Set<DocumentKind> requiredFor(LicenseType type) {
    Set<DocumentKind> required =
        EnumSet.of(
            APPLICATION_FORM,
            REPRESENTATIVE_IDENTITY,
            CONTRACT,
            TECHNICAL_DESCRIPTION,
            END_USER_CERTIFICATE,
            IMPORTER_END_USER_DESCRIPTION);
    if (type == LicenseType.GENERAL) {
      required.addAll(
          EnumSet.of(COMPLIANCE_PROGRAMME_REPORT, LICENSE_USE_HISTORY, CHANNELS_REPORT));
    }
    return required;
  }
}
