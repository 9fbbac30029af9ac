package dev.assay.controllist;

import java.util.Locale;

/**
 * How sure the fact base is of a fact, as the fact base grades it: officers must be able to tell a
 * code read in the official annex from one inferred by pattern.
 */
public enum Confidence {
  /** Official text seen (or a faithful copy), or two independent reputable reports agree. */
  CONFIRMED,
  /** One reputable secondary report, an AI-made summary of an official page, or a pattern. */
  LIKELY,
  /** Low-quality or inconsistent sources, or not located at all (a gap). */
  UNSURE;

  /** The spelling used in the YAML files: {@code confirmed}, {@code likely}, {@code unsure}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
