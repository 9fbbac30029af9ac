package dev.assay.ml.data;

import dev.assay.ml.schema.DatasetSchema;
import java.util.List;

/** The rows of a dataset in date order (stable within a day), with what reading them found. */
public record Dataset(DatasetSchema schema, List<Row> rows, DataReport report) {
  public Dataset {
    rows = List.copyOf(rows);
  }

  public int size() {
    return rows.size();
  }

  public Row row(int i) {
    return rows.get(i);
  }
}
