package dev.assay.screening.rescreening;

import dev.assay.screening.matching.MatchLevel;

/** A difference between the last screening of a party and this one. */
public sealed interface MatchChange {
  String partyName();

  String entryKey();

  /** One line for officers. */
  String describe();

  /**
   * The party now matches an entry it did not match before (new listing, changed entry, lapsed
   * dismissal).
   */
  record NewMatch(
      String partyName, String entryKey, double score, MatchLevel level, String explanation)
      implements MatchChange {
    @Override
    public String describe() {
      return String.format(
          java.util.Locale.ROOT,
          "NEW      %s ~ %s (%.2f %s): %s",
          partyName,
          entryKey,
          score,
          level,
          explanation);
    }
  }

  /**
   * The party no longer matches an entry it matched before (removal, suspension ended, changed
   * names, dismissal).
   */
  record GoneMatch(String partyName, String entryKey, MatchLevel before) implements MatchChange {
    @Override
    public String describe() {
      return "GONE     " + partyName + " ~ " + entryKey + " (was " + before + ")";
    }
  }

  /**
   * The party still matches the entry, but the entry changed or the match moved between review and
   * block.
   */
  record ChangedMatch(
      String partyName,
      String entryKey,
      MatchLevel before,
      MatchLevel after,
      double score,
      boolean entryChanged)
      implements MatchChange {
    @Override
    public String describe() {
      return String.format(
          java.util.Locale.ROOT,
          "CHANGED  %s ~ %s (%s -> %s, %.2f%s)",
          partyName,
          entryKey,
          before,
          after,
          score,
          entryChanged ? ", list entry changed" : "");
    }
  }
}
