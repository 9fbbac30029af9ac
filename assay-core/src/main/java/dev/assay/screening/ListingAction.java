package dev.assay.screening;

import java.util.Locale;

/**
 * What an announcement did to a list entry. Lists change by announcement: an entity is listed,
 * later removed, its measures suspended for a period and resumed. Investigations and additional
 * measures are recorded for the history but do not change whether the entity is listed.
 */
public enum ListingAction {
  LISTED,
  REMOVED,
  SUSPENDED,
  RESUMED,
  INVESTIGATION_OPENED,
  ADDITIONAL_MEASURE;

  /**
   * Reads the action column of the Chinese list data: {@code listed}, {@code removed}, {@code
   * suspended}, {@code resumed}, {@code investigation_opened}, or {@code additional_measure} with
   * an optional note in brackets.
   */
  public static ListingAction parse(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    int bracket = word.indexOf('(');
    if (bracket > 0) {
      word = word.substring(0, bracket).strip();
    }
    try {
      return valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown action '"
              + text
              + "': expected listed, removed, suspended, resumed, investigation_opened or"
              + " additional_measure");
    }
  }
}
