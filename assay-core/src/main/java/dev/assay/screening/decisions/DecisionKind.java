package dev.assay.screening.decisions;

import java.util.Locale;

/** What an officer decided about a match. */
public enum DecisionKind {
  /** The party is the listed entry. */
  CONFIRMED,
  /**
   * A false positive: the party is not the listed entry. Not raised again while both stay the same.
   */
  DISMISSED,
  /** Passed up for a decision by someone with the authority or the facts. */
  ESCALATED;

  public static DecisionKind parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "confirm", "confirmed" -> CONFIRMED;
      case "dismiss", "dismissed" -> DISMISSED;
      case "escalate", "escalated" -> ESCALATED;
      default ->
          throw new IllegalArgumentException(
              "unknown decision '" + text + "': expected confirm, dismiss or escalate");
    };
  }
}
