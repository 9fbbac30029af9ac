package dev.assay.risk.state;

/**
 * The bounds of what screening learns from the stream, in one place so that the documentation
 * (docs/performance.md, "Learned state and its bounds") and the code cannot drift apart. Each is
 * set well above what a million simulated declarations need (so results there are those of an
 * unbounded engine) and low enough that all of them together, each full, stay near half of the
 * command line's default heap (320 MB): the bytes per entry measured on a stream of new parties are
 * in docs/performance.md. When the state filled the heap, the collector took a fifth of the CPU and
 * on 150,000 declarations with new parties a run never finished. Past a bound, the entry used
 * longest ago is forgotten ({@link LruMap}).
 */
public final class StateBounds {
  private StateBounds() {}

  /**
   * Exporter profiles (destinations, consignees, months, parcels: about 1 KB each) and their
   * mineral trades; a million simulated declarations name 3,240 exporters.
   */
  public static final int EXPORTERS = 20_000;

  /**
   * Exporters and overseas parties in the party network, with their links; addresses and brands go
   * with the last party that used them. The costliest state per entry (with its addresses, brands,
   * links and identities about 1.3 KB a party on a stream of new parties); 300,000 simulated
   * declarations keep about 10,000.
   */
  public static final int NETWORK_PARTIES = 40_000;

  /** Parties whose inspection outcomes are counted, and parties screened once against the lists. */
  public static final int INSPECTED_PARTIES = 40_000;

  /** Consignees, brands and addresses in controlled-mineral trade (transshipment). */
  public static final int MINERAL_PARTIES = 20_000;

  /**
   * Value, weight and quantity bands, each keyed by HS heading or code and unit: about 2 KB a key
   * (a window of recent values), in each of several books; the simulator uses fewer than 200 a
   * book.
   */
  public static final int BANDS = 2_000;

  /** HS headings whose share sent by post or air is counted (parcel series). */
  public static final int PARCEL_HEADINGS = 20_000;

  /**
   * Consignees whose received HS headings are remembered (goods outside both parties' trade): a
   * consignee is one more entry per new name, about 250 bytes with its set of headings.
   */
  public static final int CONSIGNEE_HEADINGS = 40_000;

  /**
   * Parties as written (name, country, address) whose identity is remembered, and names whose
   * normalised form is: a cache of a pure function, emptied when full (about 350 bytes a party).
   */
  public static final int PARTY_IDENTITIES = 20_000;
}
