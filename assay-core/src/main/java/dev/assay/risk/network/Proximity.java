package dev.assay.risk.network;

import java.util.List;

/**
 * How close a node of the party network is to a past violator or a restricted party.
 *
 * @param source what the node is close to
 * @param reference the violation's declaration id, or the restricted-party entry
 * @param distance edges between the node and the source (0: the node itself)
 * @param path the node, each link and node on the way, and the source, as they read in evidence
 */
public record Proximity(Source source, String reference, int distance, List<String> path) {

  /** What makes a node dangerous to be close to. */
  public enum Source {
    VIOLATION,
    RESTRICTED_PARTY
  }

  public Proximity {
    path = List.copyOf(path);
  }
}
