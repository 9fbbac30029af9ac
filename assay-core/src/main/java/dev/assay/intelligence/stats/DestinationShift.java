package dev.assay.intelligence.stats;

/**
 * How one destination's share of a mineral moved across a measure's effective date.
 *
 * @param shareBefore share of the mineral's kilograms in the window before
 * @param z the two-proportion z statistic on goods lines (see {@link HubTest})
 * @param hub whether the shift passed the hub test
 */
public record DestinationShift(
    String destination,
    double kgBefore,
    double kgAfter,
    double shareBefore,
    double shareAfter,
    long linesBefore,
    long linesAfter,
    double z,
    boolean hub) {}
