package dev.assay.license;

/** Whether a license may be used at all, whatever its validity dates say. */
public enum LicenseStatus {
  VALID,
  /** Suspended by the authority; may be reinstated. */
  SUSPENDED,
  /** Revoked for good (for example when obtained by fraud, Export Control Law Art. 35). */
  REVOKED
}
