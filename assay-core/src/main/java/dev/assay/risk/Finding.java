package dev.assay.risk;

import java.util.Map;
import java.util.OptionalInt;

/**
 * One reason for concern about a declaration: what was found, on which goods line, the evidence it
 * rests on and the measure or list that makes it matter.
 *
 * @param lineNo the goods line, or empty where the finding concerns the whole declaration
 * @param evidence the facts behind the finding, in insertion order, as they appear in the output
 * @param basis the announcement (number and year) or list the finding rests on
 */
public record Finding(
    FindingCode code,
    Severity severity,
    OptionalInt lineNo,
    String message,
    Map<String, Object> evidence,
    String basis) {

  public Finding {
    evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
  }
}
