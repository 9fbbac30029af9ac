package dev.assay.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.assay.screening.decisions.Decision;
import dev.assay.screening.decisions.DecisionKind;
import dev.assay.screening.decisions.DecisionStore;
import dev.assay.screening.decisions.InMemoryDecisionStore;
import dev.assay.screening.decisions.PartyKey;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatch;
import dev.assay.screening.matching.PartyMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The library API of party screening, for the detector, the command line and the server: screens a
 * party against the lists on a day and applies the recorded decisions; records new decisions.
 * Thread-safe when its decision store is.
 */
public final class PartyScreening {
  /**
   * Names whose screening (name part) and party key are remembered: a stream of new names fills
   * both (about 80 and 200 bytes a name), a miss only costs the matching again. 300,000 simulated
   * declarations ask about 13,000 names.
   */
  static final int CACHED_NAMES = 50_000;

  /** Party keys hash the normalised name; parties recur, so they are computed once per name. */
  private final Cache<String, String> partyKeys =
      // Eviction upkeep on the calling thread: handed to the common pool it woke a thread per
      // write of a new name (docs/performance.md, "Caffeine's upkeep on the calling thread").
      Caffeine.newBuilder().maximumSize(CACHED_NAMES).executor(Runnable::run).build();

  private final PartyMatcher matcher;
  private final DecisionStore decisions;

  /** Screening with this matcher, remembering the name part of the parties it has seen. */
  public PartyScreening(PartyMatcher matcher, DecisionStore decisions) {
    this.matcher = matcher.cachingNames(CACHED_NAMES);
    this.decisions = decisions;
  }

  /** Screening against these lists, with the shipped settings and the given decisions. */
  public static PartyScreening over(Collection<RestrictedList> lists, DecisionStore decisions) {
    return new PartyScreening(PartyMatcher.over(lists, MatchSettings.bundled()), decisions);
  }

  /** Screening against the shipped Chinese lists, with no decisions recorded. */
  public static PartyScreening shipped() {
    return over(ShippedLists.chinese(), new InMemoryDecisionStore());
  }

  public PartyMatcher matcher() {
    return matcher;
  }

  public DecisionStore decisions() {
    return decisions;
  }

  public ScreeningResult screen(ScreenedParty party, LocalDate day) {
    String key = key(party);
    return new ScreeningResult(party, key, hits(party, key, matcher.match(party, day)));
  }

  /**
   * The hits an officer has to see for a party on a day (all but dismissed ones): what screening a
   * declaration needs. Most parties match nothing, and for them the party's key, which only
   * decisions need, is never worked out.
   */
  public List<ScreeningHit> raised(ScreenedParty party, LocalDate day) {
    List<PartyMatch> matches = matcher.match(party, day);
    if (matches.isEmpty()) {
      return List.of();
    }
    List<ScreeningHit> raised = new ArrayList<>(matches.size());
    for (ScreeningHit hit : hits(party, key(party), matches)) {
      if (hit.raised()) {
        raised.add(hit);
      }
    }
    return raised;
  }

  private String key(ScreenedParty party) {
    return partyKeys.get(
        party.name() + '\u0000' + party.country().map(Object::toString).orElse(""),
        k -> PartyKey.of(party, matcher.normalizer()));
  }

  private List<ScreeningHit> hits(ScreenedParty party, String key, List<PartyMatch> matches) {
    List<ScreeningHit> hits = new ArrayList<>(matches.size());
    for (PartyMatch m : matches) {
      hits.add(new ScreeningHit(m, decisions.latest(key, m.entry().key())));
    }
    return hits;
  }

  /**
   * Records a decision about a party and a list entry, tied to the entry as it is now.
   *
   * @throws IllegalArgumentException when no list holds that entry
   */
  public Decision decide(
      ScreenedParty party,
      String entryKey,
      DecisionKind kind,
      String by,
      String reason,
      Instant at) {
    ListedParty entry =
        entry(entryKey)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no list entry "
                            + entryKey
                            + " (write it list-id:entry-id, as `assay match` shows it)"));
    Decision d =
        new Decision(
            PartyKey.of(party, matcher.normalizer()),
            party.name(),
            party.country().map(Object::toString).orElse(""),
            entry.key(),
            entry.fingerprint(),
            kind,
            by,
            at,
            reason);
    decisions.record(d);
    return d;
  }

  public Optional<ListedParty> entry(String entryKey) {
    return matcher.entry(entryKey);
  }
}
