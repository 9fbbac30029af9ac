package dev.assay.simulator.reference;

import dev.assay.declaration.CountryCode;

/** A hub country a front company sits in, and where the goods really go from there. */
public record TransshipmentRoute(
    String family, CountryCode hub, CountryCode finalDestination, double weight, Sourced sourced) {}
