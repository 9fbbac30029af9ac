package dev.assay.declaration;

/** How the goods leave the country. */
public enum TransportMode {
  SEA,
  AIR,
  ROAD,
  RAIL,
  POST
}
