package dev.assay.screening.evaluation;

import java.util.Objects;

/**
 * A name as it might appear on a declaration, a list entry, and whether they are the same party.
 *
 * @param country ISO alpha-2 or empty
 * @param entryKey {@code list-id:entry-id}
 * @param match true for a true variant of the entry's name, false for a hard negative
 * @param variant how the name was made: chinese-name, typo, word-order, transliteration...
 */
public record LabelledPair(
    String query, String country, String entryKey, boolean match, String variant) {
  public LabelledPair {
    Objects.requireNonNull(query);
    country = country == null ? "" : country;
    Objects.requireNonNull(entryKey);
    Objects.requireNonNull(variant);
  }
}
