package dev.assay.risk.profile;

import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.util.Arrays;
import java.util.Map;

/**
 * The HS headings each exporter has declared and each consignee has received, so that a lot can be
 * judged against both parties' trade: goods that neither party has ever traded belong to neither
 * business. Both tables are bounded like the rest of the learned state, since a consignee is one
 * more entry per new name; a party's headings are a sorted array of the heading's four digits (a
 * consignee receives one or two headings: a set of strings cost ten times as much per party).
 */
public final class TradedHeadings {
  private static final short[] NONE = new short[0];

  /**
   * Kept among a party's headings (it sorts first, and no heading is negative) once the party has
   * traded a code of the control list: one more short, not one more table to bound.
   */
  private static final short LISTED = -1;

  private final Map<String, short[]> byExporter;
  private final Map<Integer, short[]> byConsignee;

  /** Bounded as {@link StateBounds#EXPORTERS} and {@link StateBounds#CONSIGNEE_HEADINGS}. */
  public TradedHeadings() {
    this(StateBounds.EXPORTERS, StateBounds.CONSIGNEE_HEADINGS);
  }

  /**
   * @param maxExporters the most exporters remembered
   * @param maxConsignees the most consignees remembered
   */
  public TradedHeadings(int maxExporters, int maxConsignees) {
    this.byExporter = new LruMap<>(maxExporters);
    this.byConsignee = new LruMap<>(maxConsignees);
  }

  /**
   * The headings the exporter has declared so far (empty for one never seen or forgotten), as they
   * stand now: learning later does not change what was returned.
   */
  public Headings ofExporter(String exporter) {
    short[] headings = byExporter.get(exporter);
    return new Headings(headings == null ? NONE : headings);
  }

  /**
   * The headings the consignee (its normalised name's hash) has received so far, or {@code null}
   * when it was never seen: a consignee seen before with none of a heading differs from a new one.
   */
  public Headings ofConsignee(int consignee) {
    short[] headings = byConsignee.get(consignee);
    return headings == null ? null : new Headings(headings);
  }

  /** Learns that the exporter declared the heading (four digits) to the consignee. */
  public void learn(String exporter, int consignee, String heading) {
    learn(exporter, consignee, heading, false);
  }

  /**
   * Learns that the exporter declared the heading (four digits) to the consignee, and whether the
   * line's code is one the control list names (whatever the date): both parties have then traded
   * controlled goods.
   */
  public void learn(String exporter, int consignee, String heading, boolean listed) {
    short code = code(heading);
    short[] ofExporter = with(byExporter.get(exporter), code);
    short[] ofConsignee = with(byConsignee.get(consignee), code);
    if (listed) {
      ofExporter = with(ofExporter, LISTED);
      ofConsignee = with(ofConsignee, LISTED);
    }
    byExporter.put(exporter, ofExporter);
    byConsignee.put(consignee, ofConsignee);
  }

  /** Exporters remembered. */
  public int exporters() {
    return byExporter.size();
  }

  /** Consignees remembered. */
  public int consignees() {
    return byConsignee.size();
  }

  private static short[] with(short[] headings, short code) {
    if (headings == null) {
      return new short[] {code};
    }
    int at = Arrays.binarySearch(headings, code);
    if (at >= 0) {
      return headings;
    }
    int insert = -at - 1;
    short[] grown = new short[headings.length + 1];
    System.arraycopy(headings, 0, grown, 0, insert);
    grown[insert] = code;
    System.arraycopy(headings, insert, grown, insert + 1, headings.length - insert);
    return grown;
  }

  private static short code(String heading) {
    if (heading.length() != 4) {
      throw new IllegalArgumentException("an HS heading has four digits, got " + heading);
    }
    return (short) Integer.parseInt(heading);
  }

  /** A party's headings at one moment. */
  public static final class Headings {
    private final short[] codes;

    private Headings(short[] codes) {
      this.codes = codes;
    }

    /** Whether the party had traded the heading (four digits). */
    public boolean contains(String heading) {
      return Arrays.binarySearch(codes, code(heading)) >= 0;
    }

    /** How many headings the party had traded. */
    public int size() {
      return listed() ? codes.length - 1 : codes.length;
    }

    /** Whether the party had traded a code of the control list. */
    public boolean listed() {
      return codes.length > 0 && codes[0] == LISTED;
    }
  }
}
