package dev.assay.rules;

/**
 * Why one rule of a file could not be loaded; the other rules of the file still are.
 *
 * @param ruleId the rule's id, or its position ("rule #3") where it has none
 */
public record RuleProblem(String file, String ruleId, String reason) {

  /** For stderr: {@code rules.yaml: rule air-hub: <reason>}. */
  public String describe() {
    return file + ": rule " + ruleId + ": " + reason;
  }
}
