package dev.assay.ml.schema;

/** What a column of a dataset means to the model. */
public enum ColumnRole {
  /** Identifies the row (declaration number); never a feature. */
  ID,
  /** The date the row was declared; orders the rows and splits them in time. Exactly one. */
  DATE,
  /** A category (exporter, HS code, country, office); encoded by its history of outcomes. */
  CATEGORICAL,
  /** A number known at declaration time (value, weight, quantity). */
  NUMERIC,
  /** Free text (goods description); its words are encoded by their history of outcomes. */
  TEXT,
  /** The inspection outcome, binary; empty where the row was not inspected. Exactly one. */
  LABEL,
  /**
   * Revenue or value recovered by the inspection: known only afterwards, so never a feature; it
   * weighs the catches in the revenue-at-n% metric.
   */
  VALUE,
  /** Read past. */
  IGNORE
}
