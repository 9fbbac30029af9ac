package dev.assay.ingest;

/**
 * What one import did.
 *
 * @param recordsRead CSV rows (without the header and blank lines) or JSON objects read
 * @param declarationsAccepted declarations delivered to {@link IngestListener#accepted}
 * @param declarationsRejected declarations (or rows that could not be tied to one) rejected
 * @param errors record errors delivered to {@link IngestListener#rejected}
 */
public record IngestSummary(
    long recordsRead, long declarationsAccepted, long declarationsRejected, long errors) {}
