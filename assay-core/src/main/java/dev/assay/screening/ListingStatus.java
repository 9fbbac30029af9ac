package dev.assay.screening;

/** Where a list entry stands on a given day. */
public enum ListingStatus {
  /** Listed and in force: dealing with the party is restricted. */
  ACTIVE,
  /** Listed, but the measures are suspended on that day. Worth a review, not a block. */
  SUSPENDED,
  /** Taken off the list. */
  REMOVED,
  /** Announced but not yet in force, or not yet announced on that day. */
  NOT_YET_LISTED
}
