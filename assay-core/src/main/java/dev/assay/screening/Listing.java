package dev.assay.screening;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One announcement about a list entry: what it did, its number, when it was published and took
 * effect, and where it can be read.
 *
 * @param announcement the announcement's own number, e.g. "商务部公告2025年第1号"; empty when the list does
 *     not cite one
 * @param effective the day the action takes effect; the published day when the list gives no other
 * @param note what else the announcement says, e.g. "gene sequencer export ban"
 */
public record Listing(
    ListingAction action,
    String announcement,
    LocalDate published,
    LocalDate effective,
    String sourceUrl,
    String note) {
  public Listing {
    Objects.requireNonNull(action, "action");
    announcement = announcement == null ? "" : announcement.strip();
    sourceUrl = sourceUrl == null ? "" : sourceUrl.strip();
    note = note == null ? "" : note.strip();
    if (effective == null) {
      effective = published;
    }
  }
}
