package dev.assay.risk.evidence;

import dev.assay.risk.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The sub-signal of a finding: which of the several reasons a detector has for one finding code
 * raised it, read from the evidence the detector already records. A finding code × severity mixes
 * reasons of very different worth (PROFILE_ANOMALY/MEDIUM is a parcel of bulk goods as well as a
 * new HS chapter for a known exporter); the learned weights keep one posterior per sub-signal,
 * partially pooled towards its code × severity ({@link EvidenceWeights}), so that a frequent noisy
 * reason cannot drag a rare telling one down before the rare one's own outcomes speak.
 *
 * <p>The tag is made only of names and categories the detector chose (never of amounts, names of
 * parties or free text), so that it is stable from one declaration to the next and the number of
 * tags stays small. The fields read, in this order (the first present decides):
 *
 * <ul>
 *   <li>{@code signal}: the detector's own name for the signal (a split shipment);
 *   <li>{@code signals}, {@code doubts}: the set of signals behind a composite finding, sorted and
 *       joined with {@code +} (profile and transshipment signals, license doubts);
 *   <li>{@code pattern}: the value pattern (VALUE_ANOMALY);
 *   <li>{@code violation}: what the license check found (LICENSE_VIOLATION, a legal certainty whose
 *       kinds the weights also tell apart: a single-use license used again is not a license number
 *       that exists nowhere);
 *   <li>{@code source}: what a party is near to (NETWORK_RISK);
 *   <li>{@code match}: how a mineral was named in a description (MISDECLARED_GOODS), with {@code
 *       +stated_within} or {@code +stated_outside} where the description's figures put the goods
 *       within or outside the item's threshold;
 *   <li>{@code covers_for}: a cover code ({@code cover_goods}); {@code exporter_trades}: goods
 *       outside a mineral company's trade ({@code outside_trade});
 *   <li>{@code claimed_absent}: a stated absence of the controlled content ({@code +contradicted}
 *       where the description's own magnet grade contradicts it); {@code within_heavy_packing}:
 *       weight within honest heavy packing or not, and whether the lines are of several headings
 *       ({@code mixed_headings}); {@code kg_per_container}: the weight per container; {@code
 *       level}: a name match's level.
 * </ul>
 *
 * Otherwise the tag is empty: the finding's code × severity alone.
 */
public final class EvidenceSignals {
  private EvidenceSignals() {}

  /** Longest tag kept; a longer one (a detector listing very many signals) is cut. */
  static final int MAX_LENGTH = 80;

  /** The sub-signal tag of a finding, or "" where its evidence names none. */
  public static String of(Finding finding) {
    Map<String, Object> e = finding.evidence();
    String tag = tag(e);
    return tag.length() > MAX_LENGTH ? tag.substring(0, MAX_LENGTH) : tag;
  }

  private static String tag(Map<String, Object> e) {
    Object v;
    if ((v = e.get("signal")) instanceof String s && !s.isBlank()) {
      return clean(s);
    }
    if ((v = e.get("signals")) instanceof Collection<?> c && !c.isEmpty()) {
      return joined(c);
    }
    if ((v = e.get("doubts")) instanceof Collection<?> c && !c.isEmpty()) {
      return joined(c);
    }
    if ((v = e.get("pattern")) instanceof String s && !s.isBlank()) {
      return clean(s);
    }
    if ((v = e.get("violation")) instanceof String s && !s.isBlank()) {
      return clean(s);
    }
    if ((v = e.get("source")) instanceof String s && !s.isBlank()) {
      return "near_" + clean(s);
    }
    if ((v = e.get("match")) instanceof String s && !s.isBlank()) {
      // A description whose own figures meet the item's threshold says more than one that names
      // the mineral; one whose figures fail it, less.
      String stated =
          e.containsKey("stated_within")
              ? "+stated_within"
              : e.containsKey("stated_outside") ? "+stated_outside" : "";
      return "named_" + clean(s) + stated;
    }
    if (e.containsKey("covers_for")) {
      return Boolean.TRUE.equals(e.get("new_for_exporter")) ? "cover_goods_new" : "cover_goods";
    }
    if (e.containsKey("exporter_trades")) {
      return "outside_trade";
    }
    if (Boolean.TRUE.equals(e.get("claimed_absent"))) {
      return e.containsKey("claim_contradicted_by")
          ? "claimed_absent+contradicted"
          : "claimed_absent";
    }
    if (e.get("within_heavy_packing") instanceof Boolean b) {
      return (b ? "within_heavy_packing" : "beyond_heavy_packing")
          + (Boolean.TRUE.equals(e.get("beyond_heading_range")) ? "+beyond_range" : "")
          + (Boolean.TRUE.equals(e.get("mixed_headings")) ? "+mixed_headings" : "");
    }
    if (e.containsKey("kg_per_container")) {
      return "container_weight";
    }
    if ((v = e.get("level")) instanceof String s && !s.isBlank()) {
      return "level_" + clean(s);
    }
    return "";
  }

  private static String joined(Collection<?> values) {
    List<String> parts = new ArrayList<>(values.size());
    for (Object o : values) {
      if (o != null) {
        parts.add(clean(o.toString()));
      }
    }
    parts.sort(null);
    return String.join("+", parts);
  }

  /** Lower case, and only characters that keep the key {@code CODE/SEVERITY/tag} readable. */
  private static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      b.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
    }
    return b.toString();
  }
}
