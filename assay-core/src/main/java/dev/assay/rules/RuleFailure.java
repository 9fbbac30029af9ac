package dev.assay.rules;

/**
 * A rule that could not be evaluated on a declaration (an error, an overflow, a limit reached). The
 * rule counts as not matched there; screening carries on.
 */
public record RuleFailure(String ruleId, String declarationId, String reason) {

  public String describe() {
    return "rule " + ruleId + " failed on declaration " + declarationId + ": " + reason;
  }
}
