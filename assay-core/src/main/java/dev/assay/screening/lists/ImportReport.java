package dev.assay.screening.lists;

import java.util.List;

/**
 * What an import read and what it rejected: nothing is dropped without a line here.
 *
 * @param recordsRead the records the files held (rows, XML entries, JSON lines)
 * @param entriesAccepted the list entries built from them (several rows can make one entry)
 * @param skipped records read on purpose but not imported, with why (e.g. OpenSanctions entities
 *     that are not targets)
 */
public record ImportReport(
    String source,
    long recordsRead,
    long entriesAccepted,
    long skipped,
    List<RejectedRecord> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: %,d records read, %,d entries accepted, %,d records skipped, %,d rejected",
        source,
        recordsRead,
        entriesAccepted,
        skipped,
        rejected.size());
  }
}
