package dev.assay.risk.network;

/**
 * An edge of the party network and why its two ends are linked. Edges are compared by identity, as
 * the graph library expects: two links of the same kind are still two edges.
 */
public final class Link {
  /** Why two nodes are linked. */
  public enum Kind {
    SHIPPED_TO("shipped to"),
    DELIVERS_TO("consignee for end user"),
    LOCATED_AT("located at"),
    TRADES_AS("trades under the brand");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  private final Kind kind;

  public Link(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return kind.words();
  }
}
