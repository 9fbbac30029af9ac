package dev.assay.risk.state;

/**
 * The bounds of what screening learns from the stream, in one place so that the documentation
 * (docs/performance.md, "Learned state and its bounds") and the code cannot drift apart. Each is
 * set well above what a million simulated declarations need (so results there are those of an
 * unbounded engine) and low enough that all of them together fit the command line's default heap.
 * Past a bound, the entry used longest ago is forgotten ({@link LruMap}).
 */
public final class StateBounds {
  private StateBounds() {}

  /** Exporter profiles (destinations, consignees, months, parcels): a few hundred bytes each. */
  public static final int EXPORTERS = 100_000;

  /**
   * Exporters and overseas parties in the party network, with their links; addresses and brands go
   * with the last party that used them.
   */
  public static final int NETWORK_PARTIES = 150_000;

  /** Parties whose inspection outcomes are counted, and parties screened once against the lists. */
  public static final int INSPECTED_PARTIES = 150_000;

  /** Consignees, brands and addresses in controlled-mineral trade (transshipment). */
  public static final int MINERAL_PARTIES = 100_000;

  /** Value, weight and quantity bands, each keyed by HS heading or code and unit. */
  public static final int BANDS = 20_000;

  /** HS headings whose share sent by post or air is counted (parcel series). */
  public static final int PARCEL_HEADINGS = 20_000;

  /** Consignees whose received HS headings are remembered (goods outside both parties' trade). */
  public static final int CONSIGNEE_HEADINGS = 150_000;
}
