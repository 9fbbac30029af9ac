package dev.assay.risk.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.network.Node.ExporterNode;
import dev.assay.risk.network.Node.PartyNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The party network's bound: memory flat on a stream of new parties, nothing lost below it. */
class PartyNetworkBoundTest {
  private static final CountryCode TH = new CountryCode("TH");
  private static final PartyKeys KEYS = PartyKeys.standard();
  private static final String[] WORDS = {
    "Velora", "Kanix", "Tamsin", "Orvello", "Brisk", "Quorra", "Ledro", "Mantis", "Pavo", "Sirte"
  };

  private static Party party(int i) {
    // Distinct names; every fifth shares an address with the one before (a tie to carry marks).
    String name = WORDS[i % 10] + " " + WORDS[(i / 10) % 10] + " Trading " + i + " Co Ltd";
    return new Party(name, TH, (i / 5) + " Sukhumvit Road, Bangkok");
  }

  private static Declaration declaration(int n, Party consignee, Party endUser) {
    return new Declaration(
        "D-" + n,
        LocalDate.of(2025, 3, 1),
        "5300",
        new Exporter(
            UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L1" + (2000 + n % 7)),
            "Hunan Co"),
        consignee,
        endUser,
        TH,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1000),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1, new HsCode("6907210000"), "ceramic tiles", 25, "KG", 25, 20, Optional.empty())),
        Optional.empty());
  }

  /**
   * Feeds a stream of declarations over {@code parties} parties; marks every 50th as a violator.
   */
  private static List<PartyNode> feed(PartyNetwork network, int parties, int declarations) {
    Random random = new Random(5);
    List<PartyNode> consignees = new ArrayList<>();
    for (int n = 0; n < declarations; n++) {
      int c = n < parties ? n : random.nextInt(parties);
      PartyNetwork.Parties p =
          network.add(declaration(n, party(c), party((c + 1) % parties)), KEYS);
      consignees.add(p.consignee().orElseThrow());
      if (c % 50 == 0) {
        network.mark(p.consignee().orElseThrow(), Proximity.Source.VIOLATION, "D-" + n);
      }
    }
    return consignees;
  }

  @Test
  void a_stream_of_new_parties_never_grows_the_network_past_its_bound() {
    PartyNetwork network = new PartyNetwork(2, 6, 500);
    feed(network, 5_000, 5_000);

    assertThat(network.partyCount()).isLessThanOrEqualTo(500);
    // Parties, plus at most the addresses and brands they use (a few each).
    assertThat(network.nodeCount()).isLessThanOrEqualTo(500 * 3);
    assertThat(network.graph().edgeSet().size()).isLessThanOrEqualTo(500 * 4);
  }

  @Test
  void a_party_forgotten_and_seen_again_is_learned_again_with_its_links() {
    PartyNetwork network = new PartyNetwork(2, 6, 50);
    feed(network, 1_000, 1_000);
    PartyNode first = network.add(declaration(0, party(0), null), KEYS).consignee().orElseThrow();

    assertThat(network.contains(first)).isTrue();
    assertThat(network.graph().degreeOf(first)).isGreaterThanOrEqualTo(2); // exporter, address
  }

  @Test
  void below_the_bound_the_network_answers_as_an_unbounded_one() {
    PartyNetwork bounded = new PartyNetwork(2, 6, 1_001); // 1,000 parties and the exporters
    PartyNetwork unbounded = new PartyNetwork(2, 6, Integer.MAX_VALUE / 2);
    List<PartyNode> seen = feed(bounded, 990, 6_000);
    feed(unbounded, 990, 6_000);

    assertThat(bounded.nodeCount()).isEqualTo(unbounded.nodeCount());
    assertThat(bounded.graph().edgeSet()).hasSameSizeAs(unbounded.graph().edgeSet());
    int near = 0;
    for (PartyNode node : seen) {
      assertThat(bounded.proximity(node)).isEqualTo(unbounded.proximity(node));
      near += bounded.proximity(node).isPresent() ? 1 : 0;
    }
    assertThat(near).as("the stream marks parties, so the comparison means something").isPositive();
  }

  @Test
  void past_the_bound_the_party_named_longest_ago_goes_and_one_named_again_stays() {
    // One exporter (n a multiple of 7) and three parties fill a bound of four.
    PartyNetwork network = new PartyNetwork(2, 6, 4);
    PartyNetwork.Parties a = network.add(declaration(0, party(1), null), KEYS);
    PartyNode b = network.add(declaration(7, party(2), null), KEYS).consignee().orElseThrow();
    // Party 1 again, as a new declaration writes it: known, so named now, not added anew.
    PartyNode again = network.add(declaration(14, party(1), null), KEYS).consignee().orElseThrow();
    network.add(declaration(21, party(3), null), KEYS);
    PartyNode d = network.add(declaration(28, party(4), null), KEYS).consignee().orElseThrow();

    PartyNode first = a.consignee().orElseThrow();
    assertThat(again).isEqualTo(first);
    assertThat(network.partyCount()).isEqualTo(4);
    assertThat(network.contains(first)).as("named again, so not the eldest").isTrue();
    assertThat(network.contains(b)).as("named longest ago").isFalse();
    assertThat(network.contains(d)).isTrue();
    ExporterNode exporter = a.exporter().orElseThrow();
    assertThat(network.graph().containsEdge(exporter, first)).isTrue();
    assertThat(network.graph().containsEdge(exporter, d)).isTrue();
  }

  @Test
  void past_the_bound_a_party_not_named_again_goes_first() {
    PartyNetwork network = new PartyNetwork(2, 6, 4);
    PartyNode first = network.add(declaration(0, party(1), null), KEYS).consignee().orElseThrow();
    PartyNode b = network.add(declaration(7, party(2), null), KEYS).consignee().orElseThrow();
    network.add(declaration(21, party(3), null), KEYS);
    network.add(declaration(28, party(4), null), KEYS);

    assertThat(network.contains(first)).isFalse();
    assertThat(network.contains(b)).isTrue();
  }

  @Test
  void identities_of_forgotten_parties_go_with_them() {
    PartyNetwork network = new PartyNetwork(2, 6, 100);
    feed(network, 5_000, 5_000);

    // Each party here is written one way: no more identities than parties kept (the bound held
    // twice as many, each with a node the graph had forgotten).
    assertThat(network.identityCount()).isPositive().isLessThanOrEqualTo(network.partyCount());
  }

  @Test
  void a_party_written_many_ways_keeps_a_bounded_number_of_identities_and_one_node() {
    PartyNetwork network = new PartyNetwork(2, 6, 100);
    for (int n = 0; n < 50; n++) {
      // One name, fifty addresses: fifty identities of one party.
      Party written = new Party("Velora Trading Co Ltd", TH, n + " Rama IV Road, Bangkok");
      network.add(declaration(n * 7, written, null), KEYS);
    }

    assertThat(network.identityCount()).isEqualTo(PartyNetwork.MAX_IDENTITIES);
    assertThat(network.partyCount()).isEqualTo(2); // the exporter and the party
    // an identity past the limit still finds the node and its links: every address is linked
    assertThat(network.nodeCount()).isEqualTo(2 + 50 + 1); // exporter, party, addresses, brand
  }

  @Test
  void links_hold_the_exporter_as_the_graph_holds_it_not_a_copy_per_declaration() {
    PartyNetwork network = new PartyNetwork(2, 6, 1_000);
    ExporterNode first = null;
    for (int n = 0; n < 20; n++) {
      ExporterNode e =
          network.add(declaration(n * 7, party(n), null), KEYS).exporter().orElseThrow();
      first = first == null ? e : first;
      assertThat(e).isSameAs(first);
    }
    for (Link link : network.graph().edgeSet()) {
      Node source = network.graph().getEdgeSource(link);
      Node target = network.graph().getEdgeTarget(link);
      if (source instanceof ExporterNode) {
        assertThat(source).isSameAs(first);
      }
      if (target instanceof ExporterNode) {
        assertThat(target).isSameAs(first);
      }
    }
  }
}
