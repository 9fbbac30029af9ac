package dev.assay.intelligence.supply;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A country's share of world production (or refining, or another stage) of a mineral in a year,
 * from the shipped {@code intelligence/supply-shares.csv}, with its source and confidence.
 */
public record SupplyShare(
    String mineral,
    String stage,
    String country,
    double share,
    int year,
    OptionalDouble worldTotalT,
    String source,
    String confidence,
    String note) {

  public static List<SupplyShare> bundled() {
    return ReferenceCsv.read(
        "intelligence/supply-shares.csv",
        r -> {
          double share = Double.parseDouble(r.getField("share"));
          if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be 0..1: " + share);
          }
          String total = r.getField("world_total_t");
          return new SupplyShare(
              r.getField("mineral"),
              r.getField("stage"),
              r.getField("country"),
              share,
              Integer.parseInt(r.getField("year")),
              total.isBlank()
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(Double.parseDouble(total)),
              r.getField("source"),
              r.getField("confidence"),
              r.getField("note"));
        });
  }
}
