package dev.assay.screening.decisions;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's decision about one screened party and one list entry, with who took it, when and
 * why. Decisions are never changed or deleted: a later decision about the same pair supersedes.
 *
 * @param partyKey the party as compared (its normalized name and country), see {@link PartyKey}
 * @param partyName the name as the officer saw it
 * @param partyCountry ISO alpha-2, or empty
 * @param entryKey {@code list-id:entry-id}
 * @param entryFingerprint the entry as it was when decided ({@code ListedParty.fingerprint()}); a
 *     dismissal lapses when the entry changes
 */
public record Decision(
    String partyKey,
    String partyName,
    String partyCountry,
    String entryKey,
    String entryFingerprint,
    DecisionKind kind,
    String by,
    Instant at,
    String reason) {

  public Decision {
    Objects.requireNonNull(partyKey, "partyKey");
    Objects.requireNonNull(entryKey, "entryKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    partyName = partyName == null ? "" : partyName;
    partyCountry = partyCountry == null ? "" : partyCountry;
    entryFingerprint = entryFingerprint == null ? "" : entryFingerprint;
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("a decision records who took it");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decision records why");
    }
  }

  /** True when this decision clears the pair for an entry that still has this fingerprint. */
  public boolean clears(String currentEntryFingerprint) {
    return kind == DecisionKind.DISMISSED && entryFingerprint.equals(currentEntryFingerprint);
  }
}
