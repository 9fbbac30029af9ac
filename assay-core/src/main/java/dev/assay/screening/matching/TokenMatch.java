package dev.assay.screening.matching;

import java.util.Locale;

/**
 * One part of a match's explanation: a word of the screened name, the word of the listed name it
 * matched, how, and how similar they are (1 is the same).
 */
public record TokenMatch(String screened, String listed, MatchKind kind, double similarity) {

  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s ~ %s (%s %.2f)",
        screened,
        listed,
        kind.name().toLowerCase(Locale.ROOT),
        similarity);
  }
}
