package dev.assay.server.web;

import dev.assay.declaration.Party;
import dev.assay.risk.network.PartyKeys;
import dev.assay.server.security.AssayUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network of one exporter: its consignees and end users, their addresses, and the other
 * exporters that ship to the same parties or addresses, with past violators (an inspection found an
 * irregularity or a seizure) marked. Parties are identified as the network detector identifies them
 * (normalised name and address within a country), so that the picture matches the findings.
 */
@Controller
public class NetworkPages {
  /** Bounded drawing: beyond this many nodes a graph is unreadable anyway. */
  public static final int MAX_NODES = 160;

  private final AnalystData data;
  private final PartyKeys keys = PartyKeys.standard();

  public NetworkPages(AnalystData data) {
    this.data = data;
  }

  /** An exporter to choose, with how many declarations it has. */
  public record Choice(String id, String name, long declarations, boolean violator) {}

  /** The page's content. */
  public record Network(
      List<Choice> exporters,
      String exporter,
      String exporterName,
      String elements,
      int nodes,
      int consignees,
      int sharedExporters,
      int violators,
      boolean cut) {}

  @GetMapping("/analyst/network")
  String network(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "exporter", required = false) String exporter,
      Model model) {
    AnalystData.Snapshot s = data.snapshot();
    Map<String, List<AnalystData.Parties>> byExporter =
        s.parties().stream().collect(Collectors.groupingBy(AnalystData.Parties::exporterId));
    List<Choice> choices =
        byExporter.entrySet().stream()
            .map(
                e ->
                    new Choice(
                        e.getKey(),
                        e.getValue().getFirst().exporterName(),
                        e.getValue().size(),
                        s.violators().contains(e.getKey())))
            // Violators first, then the busiest: where an analyst starts.
            .sorted(
                Comparator.comparing((Choice c) -> !c.violator())
                    .thenComparing(Comparator.comparingLong(Choice::declarations).reversed()))
            .limit(300)
            .toList();
    String chosen =
        exporter != null && byExporter.containsKey(exporter.trim())
            ? exporter.trim()
            : choices.isEmpty() ? null : choices.getFirst().id();
    Network network =
        chosen == null
            ? new Network(choices, null, "", "[]", 0, 0, 0, 0, false)
            : build(s, byExporter, choices, chosen);
    model.addAttribute("shell", new Shell(user, csrf, "Network", "/analyst/network"));
    model.addAttribute("network", network);
    return "analyst/network";
  }

  private Network build(
      AnalystData.Snapshot s,
      Map<String, List<AnalystData.Parties>> byExporter,
      List<Choice> choices,
      String exporter) {
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
    Set<String> violatingDeclarations = new HashSet<>();
    data.outcomes()
        .forEach(
            (id, outcome) -> {
              if (!"CLEAN".equals(outcome)) {
                violatingDeclarations.add(id);
              }
            });
    List<AnalystData.Parties> own = byExporter.get(exporter);
    String root = "x:" + exporter;
    node(nodes, root, own.getFirst().exporterName(), "exporter", s.violators().contains(exporter));
    nodes.get(root).put("root", true);

    // Parties and addresses the exporter ships to, and every declaration that reaches them.
    Map<String, String> partyKeys = new HashMap<>();
    for (AnalystData.Parties p : own) {
      String c = party(nodes, edges, p.consignee(), root, "shipped to");
      partyKeys.put(c, c);
      p.endUser()
          .filter(u -> !keys.of(u).nameKey().equals(keys.of(p.consignee()).nameKey()))
          .ifPresent(u -> party(nodes, edges, u, c, "delivers to"));
    }
    int consignees =
        (int) nodes.values().stream().filter(n -> "party".equals(n.get("kind"))).count();
    // Other exporters reaching the same parties or addresses: the second ring.
    Set<String> shared = new HashSet<>();
    boolean cut = false;
    for (AnalystData.Parties p : s.parties()) {
      if (p.exporterId().equals(exporter)) {
        continue;
      }
      PartyKeys.Identity id = keys.of(p.consignee());
      String partyNode = "p:" + id.nameKey();
      String addressNode = id.addressKey().map(a -> "a:" + a).orElse(null);
      boolean reaches =
          nodes.containsKey(partyNode) || (addressNode != null && nodes.containsKey(addressNode));
      if (!reaches) {
        continue;
      }
      if (nodes.size() >= MAX_NODES && !nodes.containsKey("x:" + p.exporterId())) {
        cut = true;
        continue;
      }
      String other = "x:" + p.exporterId();
      shared.add(p.exporterId());
      node(
          nodes,
          other,
          p.exporterName(),
          "exporter",
          s.violators().contains(p.exporterId())
              || violatingDeclarations.contains(p.declarationId()));
      party(nodes, edges, p.consignee(), other, "shipped to");
    }
    // A party that received a violating consignment is marked too.
    for (AnalystData.Parties p : s.parties()) {
      if (violatingDeclarations.contains(p.declarationId())) {
        Map<String, Object> n = nodes.get("p:" + keys.of(p.consignee()).nameKey());
        if (n != null) {
          n.put("violator", true);
        }
      }
    }
    List<Map<String, Object>> elements = new ArrayList<>();
    nodes.values().forEach(n -> elements.add(Map.of("data", n)));
    edges.values().forEach(e -> elements.add(Map.of("data", e)));
    int violators =
        (int) nodes.values().stream().filter(n -> Boolean.TRUE.equals(n.get("violator"))).count();
    return new Network(
        choices,
        exporter,
        own.getFirst().exporterName(),
        Json.block(elements),
        nodes.size(),
        consignees,
        shared.size(),
        violators,
        cut);
  }

  private static void node(
      Map<String, Map<String, Object>> nodes,
      String id,
      String label,
      String kind,
      boolean violator) {
    Map<String, Object> n = nodes.get(id);
    if (n == null) {
      n = new LinkedHashMap<>();
      n.put("id", id);
      n.put("label", label);
      n.put("kind", kind);
      n.put("violator", violator);
      nodes.put(id, n);
    } else if (violator) {
      n.put("violator", true);
    }
  }

  /** The party's node (and its address's), linked from {@code from}; returns the party's id. */
  private String party(
      Map<String, Map<String, Object>> nodes,
      Map<String, Map<String, Object>> edges,
      Party party,
      String from,
      String link) {
    PartyKeys.Identity id = keys.of(party);
    String partyNode = "p:" + id.nameKey();
    String country = party.country() == null ? "" : " (" + party.country().value() + ")";
    node(nodes, partyNode, party.name() + country, "party", false);
    edge(edges, from, partyNode, link);
    id.addressKey()
        .ifPresent(
            a -> {
              String addressNode = "a:" + a;
              node(nodes, addressNode, party.address(), "address", false);
              edge(edges, partyNode, addressNode, "at");
            });
    return partyNode;
  }

  private static void edge(
      Map<String, Map<String, Object>> edges, String from, String to, String label) {
    String id = from + ">" + to;
    Map<String, Object> e = edges.get(id);
    if (e == null) {
      e = new LinkedHashMap<>();
      e.put("id", id);
      e.put("source", from);
      e.put("target", to);
      e.put("label", label);
      e.put("count", 1);
      edges.put(id, e);
    } else {
      e.put("count", (Integer) e.get("count") + 1);
      e.put("label", label + " ×" + e.get("count"));
    }
  }
}
