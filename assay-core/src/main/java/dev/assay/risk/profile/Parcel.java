package dev.assay.risk.profile;

import java.time.LocalDate;

/**
 * A small post or air consignment an exporter sent, remembered for a while so that the next ones to
 * the same consignee can be seen as parts of one series.
 *
 * @param consignee a hash of the consignee's name as normalized (letters and digits, lower case)
 * @param address a hash of the consignee's address as normalized, 0 where there is none
 * @param country the destination country
 * @param heading the 4-digit HS heading of its heaviest line
 * @param minerals the minerals its codes are listed for or are lookalikes of, one bit each
 */
public record Parcel(
    String declarationId,
    LocalDate date,
    int consignee,
    int address,
    String country,
    String heading,
    long minerals,
    double netKg) {}
