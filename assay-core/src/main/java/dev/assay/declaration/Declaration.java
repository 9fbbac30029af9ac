package dev.assay.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An export declaration: who ships what to whom, how, and under which licenses. */
public record Declaration(
    String id,
    LocalDate declaredAt,
    String customsOffice,
    Exporter exporter,
    Party consignee,
    Party endUser,
    CountryCode destination,
    List<CountryCode> transitCountries,
    Transport transport,
    EndUse endUse,
    List<GoodsLine> lines,
    Optional<Label> label) {

  public Declaration {
    transitCountries = List.copyOf(transitCountries);
    lines = List.copyOf(lines);
    endUse = endUse == null ? EndUse.UNSPECIFIED : endUse;
    label = label == null ? Optional.empty() : label;
  }

  /** Total declared value of all lines. */
  public double totalValueUsd() {
    double sum = 0;
    for (GoodsLine line : lines) {
      sum += line.valueUsd();
    }
    return sum;
  }

  /** Total declared net weight of all lines. */
  public double totalNetWeightKg() {
    double sum = 0;
    for (GoodsLine line : lines) {
      sum += line.netWeightKg();
    }
    return sum;
  }

  /**
   * This declaration with another label (an inspection's finding), or none: nothing else changes.
   */
  public Declaration withLabel(Optional<Label> label) {
    return new Declaration(
        id,
        declaredAt,
        customsOffice,
        exporter,
        consignee,
        endUser,
        destination,
        transitCountries,
        transport,
        endUse,
        lines,
        label);
  }
}
