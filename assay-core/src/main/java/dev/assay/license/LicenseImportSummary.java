package dev.assay.license;

/** Counts of one read of a license file. */
public record LicenseImportSummary(
    long rowsRead, long licensesAccepted, long licensesRejected, long errors) {}
