package dev.assay.screening;

import java.util.List;

/**
 * What screening one party found: every match at review level or above, with its decision.
 *
 * @param partyKey the party's identity for decisions
 */
public record ScreeningResult(ScreenedParty party, String partyKey, List<ScreeningHit> hits) {
  public ScreeningResult {
    hits = List.copyOf(hits);
  }

  /** The hits an officer has to see: all but the dismissed ones. */
  public List<ScreeningHit> raised() {
    return hits.stream().filter(ScreeningHit::raised).toList();
  }
}
