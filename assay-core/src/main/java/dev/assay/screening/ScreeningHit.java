package dev.assay.screening;

import dev.assay.screening.decisions.Decision;
import dev.assay.screening.decisions.DecisionKind;
import dev.assay.screening.matching.PartyMatch;
import java.util.Optional;

/**
 * A match with the decision in force on it, if an officer took one.
 *
 * @param decision the latest decision about this party and entry
 */
public record ScreeningHit(PartyMatch match, Optional<Decision> decision) {

  /**
   * Whether the match is raised: every match is, except one dismissed as a false positive while
   * neither the party nor the list entry has changed since.
   */
  public boolean raised() {
    return decision.map(d -> !d.clears(match.entry().fingerprint())).orElse(true);
  }

  public boolean confirmed() {
    return decision.map(d -> d.kind() == DecisionKind.CONFIRMED).orElse(false);
  }
}
