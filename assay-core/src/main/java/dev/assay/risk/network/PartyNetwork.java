package dev.assay.risk.network;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Party;
import dev.assay.risk.network.Node.AddressNode;
import dev.assay.risk.network.Node.BrandNode;
import dev.assay.risk.network.Node.ExporterNode;
import dev.assay.risk.network.Node.PartyNode;
import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The graph of exporters, overseas parties, their addresses and brands, grown one declaration at a
 * time, and each node's distance to the nearest past violator or restricted party.
 *
 * <p>Distances are kept up to date as marks arrive and as edges are added (a new company at a
 * violator's address is near it from its first declaration), so asking how close a party is costs
 * one hash lookup, not a search. Exporters are nodes of the graph but never carry a mark on: a
 * trader ships to hundreds of customers, and being one of them says nothing of the others. Nor do
 * addresses and brands shared by more than a few parties (business centres, common words): what
 * many share is not a tie. Brands do not carry marks either (see {@link #passes}). Thread-safe (one
 * lock; screening runs on one thread).
 *
 * <p>The graph keeps at most {@link StateBounds#NETWORK_PARTIES} exporters and parties (by default;
 * see the constructor): past that, the one no declaration has named for the longest time is
 * forgotten with its links and its mark, and an address or brand left without parties goes with it.
 * Below the bound nothing is ever forgotten.
 */
public final class PartyNetwork {
  /**
   * Without the graph's own index of vertex pairs (its default): {@link #edges} answers whether a
   * link exists, and the index cost about a hundred bytes a link, a third of the network's memory
   * on a stream of new parties. A link is added only when {@link #edges} has not seen it, so the
   * graph never holds two between the same nodes even though its type would allow it (a type that
   * forbids them makes every addition search the endpoint's links: an exporter has thousands).
   */
  private final Graph<Node, Link> graph =
      new AbstractBaseGraph<>(
          null,
          null,
          new DefaultGraphType.Builder()
              .undirected()
              .allowMultipleEdges(true)
              .allowSelfLoops(false)
              .weighted(false)
              .build(),
          new DefaultGraphSpecificsStrategy<>()) {};

  private final Map<Node, Proximity> marks = new HashMap<>();

  /**
   * Each node's number and each edge as a pair of numbers: most declarations only repeat links the
   * graph has, and asking the graph (a pair object per question, two node comparisons per answer)
   * was the most expensive thing screening did.
   */
  private final Map<Node, Integer> ids = new HashMap<>();

  private final PairSet edges = new PairSet();

  /** The next node number: numbers of forgotten nodes are not reused, so pairs stay unique. */
  private int nextId;

  /**
   * Exporters and parties by when a declaration last named them, for the bound; each with the node
   * as the graph holds it and the identities that name it, which go with it.
   */
  private final LruMap<Node, Kept> recent;

  /**
   * Parties as identified whose node and address and brand links are in the graph already: those
   * links never change for one identity, so a party seen before costs one lookup. Only identities
   * of parties the graph keeps: a party forgotten takes its identities with it (a map bounded on
   * its own kept up to twice the bound of identities of parties long forgotten, with their nodes).
   */
  private final Map<PartyKeys.Identity, PartyNode> linked = new HashMap<>();

  /**
   * The most identities remembered for one party (one party written several ways); another one is
   * identified on every declaration that writes it so, which finds the same node and links.
   */
  static final int MAX_IDENTITIES = 8;

  private static final PartyKeys.Identity[] NO_IDENTITIES = {};

  /** A kept exporter or party: the node as first added, and the identities that name it. */
  private static final class Kept {
    final Node node;
    PartyKeys.Identity[] identities = NO_IDENTITIES;

    Kept(Node node) {
      this.node = node;
    }
  }

  private final int maxDistance;
  private final int maxSharedDegree;

  /**
   * @param maxDistance how many edges a mark travels
   * @param maxSharedDegree the most parties an address or brand may have and still pass a mark on
   */
  public PartyNetwork(int maxDistance, int maxSharedDegree) {
    this(maxDistance, maxSharedDegree, StateBounds.NETWORK_PARTIES);
  }

  /**
   * @param maxParties the most exporters and parties kept, at least 3 (one declaration's)
   */
  public PartyNetwork(int maxDistance, int maxSharedDegree, int maxParties) {
    if (maxParties < 3) {
      throw new IllegalArgumentException("the network keeps at least 3 parties, got " + maxParties);
    }
    this.maxDistance = maxDistance;
    this.maxSharedDegree = maxSharedDegree;
    this.recent = new LruMap<>(maxParties, (node, kept) -> forget(kept));
  }

  /** The nodes of one declaration's parties; the end user is empty where it is the consignee. */
  public record Parties(
      Optional<ExporterNode> exporter,
      Optional<PartyNode> consignee,
      Optional<PartyNode> endUser) {}

  /** Adds a declaration's parties and their links, and carries marks over the new links. */
  public synchronized Parties add(Declaration d, PartyKeys keys) {
    Optional<ExporterNode> exporter =
        d.exporter() == null
            ? Optional.empty()
            // The exporter as the graph holds it: links made with this declaration's own copy kept
            // it (and its name as written) alive for as long as the link, one per new consignee.
            // An exporter's label never reaches evidence (marks do not pass through exporters).
            : Optional.of(
                (ExporterNode)
                    touched(
                            vertex(
                                new ExporterNode(
                                    d.exporter().code().toString(), d.exporter().name())))
                        .node);
    Optional<PartyNode> consignee = party(d.consignee(), keys);
    Optional<PartyNode> endUser = party(d.endUser(), keys);
    if (endUser.equals(consignee)) {
      endUser = Optional.empty();
    }
    if (exporter.isPresent() && consignee.isPresent()) {
      link(exporter.get(), consignee.get(), Link.Kind.SHIPPED_TO);
    }
    if (consignee.isPresent() && endUser.isPresent()) {
      link(consignee.get(), endUser.get(), Link.Kind.DELIVERS_TO);
    }
    return new Parties(exporter, consignee, endUser);
  }

  private Optional<PartyNode> party(Party party, PartyKeys keys) {
    if (party == null || party.name().isBlank()) {
      return Optional.empty();
    }
    PartyKeys.Identity id = keys.of(party);
    PartyNode known = linked.get(id);
    if (known != null) {
      touched(known);
      // the same node, named as this declaration writes it (evidence quotes the name as written)
      return Optional.of(new PartyNode(known.key(), party.name()));
    }
    PartyNode node = vertex(new PartyNode(id.nameKey(), party.name()));
    Kept kept = touched(node);
    id.addressKey().ifPresent(a -> link(node, vertex(new AddressNode(a)), Link.Kind.LOCATED_AT));
    id.brand().ifPresent(b -> link(node, vertex(new BrandNode(b)), Link.Kind.TRADES_AS));
    if (kept.identities.length < MAX_IDENTITIES) {
      kept.identities = Arrays.copyOf(kept.identities, kept.identities.length + 1);
      kept.identities[kept.identities.length - 1] = id;
      linked.put(id, (PartyNode) kept.node);
    }
    return Optional.of(node);
  }

  /**
   * Records that a declaration named the exporter or party now (the node must be in the graph); may
   * forget the eldest.
   */
  private Kept touched(Node node) {
    Kept kept = recent.get(node);
    if (kept == null) {
      kept = new Kept(node);
      recent.put(node, kept);
    }
    return kept;
  }

  /**
   * Drops a node the bound pushed out: its links, its mark, its identities, and the addresses and
   * brands that only it used. A mark it passed on stays where it arrived (the neighbour was near a
   * violator then).
   */
  private void forget(Kept kept) {
    for (PartyKeys.Identity identity : kept.identities) {
      linked.remove(identity);
    }
    Node node = kept.node;
    Integer id = ids.remove(node);
    if (id == null) {
      return;
    }
    List<Node> neighbours = new ArrayList<>();
    for (Link link : graph.edgesOf(node)) {
      Node other = Graphs.getOppositeVertex(graph, link, node);
      neighbours.add(other);
      long io = ids.get(other);
      edges.remove(scrambled(id < io ? (long) id << 32 | io : io << 32 | id));
    }
    graph.removeVertex(node);
    marks.remove(node);
    for (Node other : neighbours) {
      if ((other instanceof AddressNode || other instanceof BrandNode)
          && graph.degreeOf(other) == 0) {
        ids.remove(other);
        graph.removeVertex(other);
        marks.remove(other);
      }
    }
  }

  /** How many exporters and parties the graph keeps now. */
  public synchronized int partyCount() {
    return recent.size();
  }

  /** How many identities of parties (names and addresses as written) are remembered now. */
  public synchronized int identityCount() {
    return linked.size();
  }

  /** Whether the party was seen before (its node is in the graph). */
  public synchronized boolean contains(Node node) {
    return ids.containsKey(node);
  }

  /** The nearest violator or restricted party within reach, if any. */
  public synchronized Optional<Proximity> proximity(Node node) {
    return Optional.ofNullable(marks.get(node));
  }

  /** Marks a node as the source of risk and carries the mark to its neighbourhood. */
  public synchronized void mark(Node node, Proximity.Source source, String reference) {
    vertex(node);
    if (node instanceof ExporterNode || node instanceof PartyNode) {
      touched(node);
    }
    Proximity existing = marks.get(node);
    if (existing != null && existing.distance() == 0 && existing.source() == source) {
      return;
    }
    marks.put(node, new Proximity(source, reference, 0, List.of(node.label())));
    spread(node);
  }

  /** The graph as it stands, for analysts' reports and tests (do not change it). */
  public Graph<Node, Link> graph() {
    return graph;
  }

  public synchronized int nodeCount() {
    return graph.vertexSet().size();
  }

  private <N extends Node> N vertex(N node) {
    id(node);
    return node;
  }

  private int id(Node node) {
    Integer id = ids.get(node);
    if (id == null) {
      id = nextId++;
      ids.put(node, id);
      graph.addVertex(node);
    }
    return id;
  }

  /**
   * A one-to-one scramble of a pair of node numbers: {@code Long.hashCode} folds the two halves
   * together, so raw pairs with equal halves' xor would all land in one bucket.
   */
  private static long scrambled(long pair) {
    long z = pair * 0x9E3779B97F4A7C15L;
    return z ^ (z >>> 31);
  }

  private void link(Node a, Node b, Link.Kind kind) {
    long ia = id(a);
    long ib = id(b);
    if (!edges.add(scrambled(ia < ib ? ia << 32 | ib : ib << 32 | ia))) {
      return;
    }
    graph.addEdge(a, b, new Link(kind));
    if (relax(a, b, kind)) {
      spread(b);
    }
    if (relax(b, a, kind)) {
      spread(a);
    }
  }

  /**
   * Carries the mark of {@code from} to {@code to} if that brings {@code to} closer to a source.
   */
  private boolean relax(Node from, Node to, Link.Kind kind) {
    Proximity mark = marks.get(from);
    if (mark == null
        || mark.distance() >= maxDistance
        || !passes(from)
        || to instanceof ExporterNode) {
      return false;
    }
    Proximity current = marks.get(to);
    if (current != null && current.distance() <= mark.distance() + 1) {
      return false;
    }
    List<String> path = new ArrayList<>(mark.path().size() + 2);
    path.add(to.label());
    path.add(kind.words());
    path.addAll(mark.path());
    marks.put(to, new Proximity(mark.source(), mark.reference(), mark.distance() + 1, path));
    return true;
  }

  private void spread(Node start) {
    ArrayDeque<Node> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      for (Link link : graph.edgesOf(node)) {
        Node next = Graphs.getOppositeVertex(graph, link, node);
        if (relax(node, next, link.kind())) {
          queue.add(next);
        }
      }
    }
  }

  /** Whether a mark may travel on through this node. */
  private boolean passes(Node node) {
    return switch (node) {
      case ExporterNode e -> false;
      case PartyNode p -> true;
      case AddressNode a -> graph.degreeOf(a) <= maxSharedDegree;
      // Brands are kept for analysts and for TRANSSHIPMENT_RISK, which compares them within one
      // mineral's trade; across all trade, short brand words collide too often to be a tie.
      case BrandNode b -> false;
    };
  }
}
