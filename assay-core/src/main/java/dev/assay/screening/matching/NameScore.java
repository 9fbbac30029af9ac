package dev.assay.screening.matching;

import java.util.List;

/**
 * How alike two names are, from 0 to 1, with the word-by-word reasons.
 *
 * @param unmatchedScreened words of the screened name that matched nothing
 * @param unmatchedListed words of the listed name that matched nothing
 */
public record NameScore(
    double score,
    List<TokenMatch> matches,
    List<String> unmatchedScreened,
    List<String> unmatchedListed) {

  static final NameScore NONE = new NameScore(0, List.of(), List.of(), List.of());

  public NameScore {
    matches = List.copyOf(matches);
    unmatchedScreened = List.copyOf(unmatchedScreened);
    unmatchedListed = List.copyOf(unmatchedListed);
  }
}
