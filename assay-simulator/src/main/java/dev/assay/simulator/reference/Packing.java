package dev.assay.simulator.reference;

/**
 * How goods of a product travel, which decides the transport, the containers and how much the
 * packing adds to the net weight.
 */
public enum Packing {
  /** Full or part sea containers (20 or 40 foot). */
  CONTAINER,
  /** Bulk or break-bulk: ships' holds, no containers, little packing. */
  BULK,
  /** Palletised, often by air or in a shared container. */
  PALLET,
  /** Small parcels by post or express. */
  PARCEL
}
