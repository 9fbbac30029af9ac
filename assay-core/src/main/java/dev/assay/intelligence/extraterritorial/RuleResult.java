package dev.assay.intelligence.extraterritorial;

import dev.assay.controllist.MeasureStatus;

/**
 * One rule of the measure applied to the item.
 *
 * @param clause the clause of the announcement the rule is recorded as, with {@code
 *     clauseConfidence} saying how sure that mapping is
 * @param status where that clause stands on the date asked
 */
public record RuleResult(
    String rule,
    String text,
    String clause,
    String clauseConfidence,
    boolean met,
    String reason,
    MeasureStatus status) {}
