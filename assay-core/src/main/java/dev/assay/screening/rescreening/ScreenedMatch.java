package dev.assay.screening.rescreening;

import dev.assay.screening.matching.MatchLevel;

/** A raised match as last reported: the entry, as it was, and the match's score and level. */
public record ScreenedMatch(
    String entryKey, String entryFingerprint, double score, MatchLevel level) {}
