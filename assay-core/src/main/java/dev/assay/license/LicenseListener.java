package dev.assay.license;

/** Receives what a license file yields, in file order: each valid license and each error. */
public interface LicenseListener {

  /** A license whose every row and field passed validation. */
  void accepted(License license);

  /** One problem with one field of one record; its license is not delivered. */
  void rejected(LicenseRecordError error);
}
