package dev.assay.screening.rescreening;

import dev.assay.screening.PartyScreening;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.ScreeningHit;
import dev.assay.screening.ScreeningResult;
import dev.assay.screening.matching.PartyMatch;
import dev.assay.screening.rescreening.MatchChange.ChangedMatch;
import dev.assay.screening.rescreening.MatchChange.GoneMatch;
import dev.assay.screening.rescreening.MatchChange.NewMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens again everything already screened, when a list changes, and reports only what changed:
 * new matches, matches gone, and matches whose entry changed or that moved between review and
 * block. Unchanged matches, however many, are not reported again. Parties named for the first time
 * are screened and their matches reported as new.
 */
public final class Rescreener {
  private final PartyScreening screening;

  public Rescreener(PartyScreening screening) {
    this.screening = screening;
  }

  /**
   * @param parties the parties to screen now; parties in the previous state but not here are
   *     screened too (everything already screened is screened again)
   */
  public RescreenReport rescreen(
      Collection<ScreenedParty> parties, ScreeningState previous, LocalDate day) {
    Map<String, ScreenedParty> all = new LinkedHashMap<>();
    for (PartyRecord r : previous.parties()) {
      all.put(
          r.partyKey(),
          r.country().isEmpty()
              ? ScreenedParty.named(r.name())
              : ScreenedParty.of(r.name(), dev.assay.declaration.CountryCode.parse(r.country())));
    }
    for (ScreenedParty p : parties) {
      all.putIfAbsent(
          dev.assay.screening.decisions.PartyKey.of(p, screening.matcher().normalizer()), p);
    }
    ScreeningState next = ScreeningState.empty();
    List<MatchChange> changes = new ArrayList<>();
    for (ScreenedParty party : all.values()) {
      ScreeningResult result = screening.screen(party, day);
      List<ScreenedMatch> now = new ArrayList<>();
      Map<String, PartyMatch> matches = new HashMap<>();
      for (ScreeningHit hit : result.raised()) {
        PartyMatch m = hit.match();
        now.add(new ScreenedMatch(m.entry().key(), m.entry().fingerprint(), m.score(), m.level()));
        matches.put(m.entry().key(), m);
      }
      Map<String, ScreenedMatch> before = new HashMap<>();
      previous
          .get(result.partyKey())
          .ifPresent(r -> r.matches().forEach(m -> before.put(m.entryKey(), m)));
      for (ScreenedMatch m : now) {
        ScreenedMatch old = before.remove(m.entryKey());
        PartyMatch pm = matches.get(m.entryKey());
        if (old == null) {
          changes.add(
              new NewMatch(party.name(), m.entryKey(), m.score(), m.level(), pm.explanation()));
        } else if (old.level() != m.level()
            || !old.entryFingerprint().equals(m.entryFingerprint())) {
          changes.add(
              new ChangedMatch(
                  party.name(),
                  m.entryKey(),
                  old.level(),
                  m.level(),
                  m.score(),
                  !old.entryFingerprint().equals(m.entryFingerprint())));
        }
      }
      for (ScreenedMatch gone : before.values()) {
        changes.add(new GoneMatch(party.name(), gone.entryKey(), gone.level()));
      }
      next.put(
          new PartyRecord(
              result.partyKey(),
              party.name(),
              party.country().map(Object::toString).orElse(""),
              now));
    }
    return new RescreenReport(changes, next, all.size());
  }

  /** What a re-screening found, and the state to keep for the next one. */
  public record RescreenReport(
      List<MatchChange> changes, ScreeningState state, int partiesScreened) {
    public RescreenReport {
      changes = List.copyOf(changes);
    }
  }
}
