package dev.assay.simulator.license;

import dev.assay.declaration.HsCode;
import java.util.Optional;

/** One licensed item: the goods, their code and the quantity and value licensed. */
public record LicenseItem(
    int itemNo,
    Optional<String> controlCode,
    HsCode hsCode,
    String description,
    double quantity,
    String unit,
    double valueUsd) {}
