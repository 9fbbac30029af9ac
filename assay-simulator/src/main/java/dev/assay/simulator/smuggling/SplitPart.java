package dev.assay.simulator.smuggling;

import dev.assay.simulator.trade.MineralShipment;
import java.time.LocalDate;

/** One part of a split shipment, waiting to be declared on its date. */
public record SplitPart(
    LocalDate date, MineralShipment shipment, int index, int of, long scheme, boolean covered) {}
