package dev.assay.declaration;

/** The result of an inspection, as recorded in labelled data. */
public enum Outcome {
  CLEAN,
  VIOLATION
}
