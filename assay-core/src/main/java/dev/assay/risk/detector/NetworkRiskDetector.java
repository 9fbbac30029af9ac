package dev.assay.risk.detector;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.network.Node;
import dev.assay.risk.network.Node.PartyNode;
import dev.assay.risk.network.PartyKeys;
import dev.assay.risk.network.PartyNetwork;
import dev.assay.risk.network.PartyNetwork.Parties;
import dev.assay.risk.network.Proximity;
import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.ScreeningHit;
import dev.assay.screening.matching.MatchLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A declaration whose consignee or end user is close, in the network of parties, to one that an
 * inspection found in a violation or to a restricted party: the same party, its consignee or end
 * user on another declaration, or a company with its brand or address. The network is built from
 * the declarations seen so far; violators come only from inspection outcomes, learned after the
 * declaration was screened. See docs/detectors/NETWORK_RISK.md.
 */
public final class NetworkRiskDetector implements Detector {
  /** Edges a mark travels: party, its partner or brand or address, the parties sharing those. */
  static final int MAX_DISTANCE = 2;

  /** An address or brand shared by more parties than this is a business centre or common word. */
  static final int MAX_SHARED_DEGREE = 6;

  /**
   * Violations found before a party becomes a source: one seizure at a genuine customer is more
   * often its supplier's doing than its own.
   */
  static final int MIN_VIOLATIONS = 2;

  private static final String BASIS =
      "Export Control Law Art. 16 (no transfer to third parties), Art. 18 (control list);"
          + " Dual-Use Regulations Art. 26 (watch list); past inspection outcomes";

  private final PartyKeys keys;
  private final Optional<PartyScreening> screening;
  private final PartyNetwork network = new PartyNetwork(MAX_DISTANCE, MAX_SHARED_DEGREE);

  /** Bounded like the network (docs/performance.md): one forgotten is screened again. */
  private final Set<Node> screened =
      Collections.newSetFromMap(
          Collections.synchronizedMap(new LruMap<>(StateBounds.INSPECTED_PARTIES)));

  /** Per party: inspections learned, and how many found a violation. */
  private final Map<Node, int[]> inspections =
      Collections.synchronizedMap(new LruMap<>(StateBounds.INSPECTED_PARTIES));

  /**
   * @param screening the restricted-party lists to seed the network with (each party is screened
   *     once, when first seen), or empty to learn from inspection outcomes only
   */
  public NetworkRiskDetector(PartyKeys keys, Optional<PartyScreening> screening) {
    this.keys = keys;
    this.screening = screening;
  }

  @Override
  public FindingCode code() {
    return FindingCode.NETWORK_RISK;
  }

  /** The network as learned so far, for reports and tests. */
  public PartyNetwork network() {
    return network;
  }

  @Override
  public void inspect(EnrichedDeclaration enriched, Consumer<Finding> findings) {
    Declaration d = enriched.declaration();
    Parties parties = network.add(d, keys);
    if (screening.isPresent()) {
      parties.consignee().ifPresent(p -> screenOnce(p, d.consignee(), enriched));
      parties.endUser().ifPresent(p -> screenOnce(p, d.endUser(), enriched));
    }
    List<Near> near = new ArrayList<>(2);
    parties.consignee().ifPresent(p -> near(p, "consignee", near));
    parties.endUser().ifPresent(p -> near(p, "end_user", near));
    if (near.isEmpty()) {
      return;
    }
    Near closest = near.getFirst();
    for (Near n : near) {
      if (n.proximity().distance() < closest.proximity().distance()) {
        closest = n;
      }
    }
    findings.accept(finding(closest, near));
  }

  private record Near(String role, Proximity proximity) {}

  private void near(PartyNode node, String role, List<Near> near) {
    network
        .proximity(node)
        .filter(
            p ->
                // The party itself on a list is RESTRICTED_PARTY's finding, not a network one.
                !(p.distance() == 0 && p.source() == Proximity.Source.RESTRICTED_PARTY))
        .ifPresent(p -> near.add(new Near(role, p)));
  }

  private void screenOnce(
      PartyNode node, dev.assay.declaration.Party party, EnrichedDeclaration e) {
    if (!screened.add(node)) {
      return;
    }
    List<ScreeningHit> raised =
        screening.get().screen(ScreenedParty.of(party.name(), party.country()), e.asOf()).raised();
    // Only a block-level match seeds the network: a review-level one is a question for an officer
    // (RESTRICTED_PARTY raises it), not yet a fact to spread.
    var blocking =
        raised.stream()
            .filter(h -> h.confirmed() || h.match().level() == MatchLevel.BLOCK)
            .findFirst();
    if (blocking.isPresent()) {
      var entry = blocking.get().match().entry();
      network.mark(
          node,
          Proximity.Source.RESTRICTED_PARTY,
          entry.listId() + ":" + entry.primaryName().text());
    }
  }

  /**
   * Learns an inspection outcome: the consignee and end user of a violation become sources of risk
   * for their network. The exporter is left to its own history (PROFILE_ANOMALY): a trader ships to
   * hundreds of customers and is not their tie.
   */
  @Override
  public void learnOutcome(Declaration declaration, Outcome outcome) {
    Parties parties = network.add(declaration, keys);
    parties.consignee().ifPresent(p -> learn(p, outcome, declaration));
    parties.endUser().ifPresent(p -> learn(p, outcome, declaration));
  }

  /**
   * Counts the party's inspections and marks it a violator once two inspections, and at least half
   * of them, found a violation: a genuine customer that once received smuggled goods among many
   * clean shipments is more often its supplier's victim than its accomplice, and marking it would
   * flag its whole clean trade.
   */
  private void learn(PartyNode party, Outcome outcome, Declaration declaration) {
    int[] record = inspections.computeIfAbsent(party, k -> new int[2]);
    synchronized (record) {
      record[0]++;
      if (outcome == Outcome.VIOLATION) {
        record[1]++;
      }
      if (outcome != Outcome.VIOLATION || record[1] < MIN_VIOLATIONS || record[1] * 2 < record[0]) {
        return;
      }
    }
    network.mark(party, Proximity.Source.VIOLATION, declaration.id());
  }

  private Finding finding(Near closest, List<Near> near) {
    Proximity p = closest.proximity();
    Severity severity =
        switch (p.distance()) {
          case 0 -> Severity.MEDIUM;
          case 1 -> Severity.MEDIUM;
          default -> Severity.LOW;
        };
    String what =
        p.source() == Proximity.Source.VIOLATION
            ? "a party found in violation on declaration " + p.reference()
            : "restricted party " + p.reference();
    String message =
        closest.role().replace('_', ' ')
            + (p.distance() == 0
                ? " was itself " + what
                : " is " + p.distance() + " link" + (p.distance() > 1 ? "s" : "") + " from " + what)
            + ": "
            + String.join(" / ", p.path());
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("party_role", closest.role());
    evidence.put("distance", p.distance());
    evidence.put("source", p.source().name());
    evidence.put("source_reference", p.reference());
    evidence.put("path", p.path());
    evidence.put("near_roles", near.stream().map(Near::role).toList());
    return new Finding(
        FindingCode.NETWORK_RISK, severity, OptionalInt.empty(), message, evidence, BASIS);
  }
}
