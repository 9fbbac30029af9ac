package dev.assay.risk.detector;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.profile.BandBook;
import dev.assay.risk.profile.BandBook.Band;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Weights that do not add up: a declared gross weight far above what the declared goods and their
 * packing weigh (undeclared goods in the consignment, the concealment of the Shenzhen
 * antimony-ingot cases), a gross weight below the goods' own net weight, or more weight per
 * container than a container carries. What packing usually adds is learned per HS heading from the
 * declarations seen before, as a median and a robust spread, never from later ones. See
 * docs/detectors/CONCEALMENT.md.
 */
public final class ConcealmentDetector implements Detector {
  /** How far above the heading's usual packing ratio, in robust standard deviations, is suspect. */
  private static final double SUSPECT_DEVIATIONS = 6;

  /** Packing can be light or heavy; below this much extra mass nothing is worth an inspection. */
  private static final double MINIMUM_EXCESS_KG = 150;

  /** Until a heading has a history, more than half again the net weight is suspect anyway. */
  private static final double RATIO_WITHOUT_HISTORY = 1.5;

  /**
   * The least spread allowed to a heading's packing ratio: scales, pallets and moisture vary even
   * where the history happens to be uniform.
   */
  private static final double MINIMUM_RATIO_SPREAD = 0.02;

  /**
   * Honest heavy packing (steel crates, skids, drums, moisture-proof wrapping) weighs up to 60% of
   * the goods. A gross weight within 1.6 times the net weight that the heading's history does not
   * explain is MEDIUM (a question, soft evidence), not HIGH. ASSUMPTION, from the packing of the
   * issue's independent data (honest gross 1.3-1.6 x net); the learned weight of CONCEALMENT/MEDIUM
   * then says how often it finds anything (docs/evidence.md).
   */
  private static final double HEAVY_PACKING_RATIO = 1.6;

  /** Spreads above a heading's 99th percentile of gross/net that count as beyond its range. */
  private static final double RANGE_MARGIN_SPREADS = 3;

  /** Tolerance for rounding when gross is below net. */
  private static final double GROSS_BELOW_NET_TOLERANCE = 0.01;

  /**
   * The heaviest payload of a standard 20-foot container, about 28.2 t; 40-foot ones carry less.
   */
  private static final double MAX_KG_PER_CONTAINER = 28_500;

  private static final String BASIS =
      "Customs Law; Export Control Law Art. 34 (evasion by concealment); campaign target 夹藏走私";

  private final BandBook packing = new BandBook(256, 64, 30);

  @Override
  public FindingCode code() {
    return FindingCode.CONCEALMENT;
  }

  @Override
  public void inspect(EnrichedDeclaration enriched, Consumer<Finding> findings) {
    Declaration d = enriched.declaration();
    double net = d.totalNetWeightKg();
    double gross = d.transport().grossWeightKg();
    if (net <= 0 || gross <= 0 || d.lines().isEmpty()) {
      return;
    }
    String heading = heaviestLine(d).hsCode().heading();
    double ratio = gross / net;
    Optional<Expectation> expected = expectation(d);
    if (d.lines().size() == 1) {
      // Only single-line declarations teach what one heading's packing weighs.
      packing.add(heading, ratio);
    }

    if (gross < net * (1 - GROSS_BELOW_NET_TOLERANCE)) {
      findings.accept(
          finding(
              Severity.MEDIUM,
              "declared gross weight " + kg(gross) + " is below the goods' net weight " + kg(net),
              evidence(d, heading, ratio, expected)));
    } else if (gross - net >= MINIMUM_EXCESS_KG) {
      boolean suspect =
          expected
              .map(e -> (gross - e.grossKg()) / e.spreadKg() >= SUSPECT_DEVIATIONS)
              .orElse(ratio >= RATIO_WITHOUT_HISTORY);
      if (suspect) {
        Map<String, Object> evidence = evidence(d, heading, ratio, expected);
        double expectedGross = expected.map(Expectation::grossKg).orElse(net);
        evidence.put("unexplained_kg", Math.round(gross - expectedGross));
        boolean heavyPacking = ratio <= HEAVY_PACKING_RATIO;
        evidence.put("within_heavy_packing", heavyPacking);
        // Beyond the heading's own 99th percentile: honest packing of the heading has hardly ever
        // weighed this much, where a heading with a long honest tail has (docs/detectors).
        expected
            .filter(e -> ratio >= e.rangeTopRatio())
            .ifPresent(e -> evidence.put("beyond_heading_range", true));
        // Lines of several headings: the expectation adds packings that one consolidated load
        // need not follow, so its unexplained mass learns its own weight (docs/evidence.md,
        // "Unexplained mass over lines of several headings").
        evidence.put("mixed_headings", mixedHeadings(d));
        findings.accept(
            finding(
                heavyPacking ? Severity.MEDIUM : Severity.HIGH,
                "gross weight "
                    + kg(gross)
                    + " is "
                    + String.format(java.util.Locale.ROOT, "%.2f", ratio)
                    + " times the net weight "
                    + kg(net)
                    + expected
                        .map(
                            e ->
                                "; these goods with their usual packing weigh about "
                                    + kg(e.grossKg()))
                        .orElse("")
                    + ": about "
                    + kg(gross - expectedGross)
                    + " is not accounted for"
                    + (heavyPacking
                        ? " (within what honest heavy packing weighs, "
                            + HEAVY_PACKING_RATIO
                            + " times the net)"
                        : ""),
                evidence));
      }
    }
    int containers = d.transport().containerCount();
    if (containers > 0 && gross / containers > MAX_KG_PER_CONTAINER) {
      Map<String, Object> evidence = evidence(d, heading, ratio, expected);
      evidence.put("kg_per_container", Math.round(gross / containers));
      findings.accept(
          finding(
              Severity.MEDIUM,
              kg(gross / containers) + " per container is more than a container carries",
              evidence));
    }
  }

  /**
   * What the declaration should weigh gross with the usual packing of each line's heading, and the
   * robust spread of that; empty while a line's heading has too little history.
   */
  private Optional<Expectation> expectation(Declaration d) {
    double gross = 0;
    double spread = 0;
    Band first = null;
    for (GoodsLine line : d.lines()) {
      Optional<Band> band = packing.band(line.hsCode().heading());
      if (band.isEmpty()) {
        return Optional.empty();
      }
      first = first == null ? band.get() : first;
      gross += line.netWeightKg() * band.get().median();
      spread += line.netWeightKg() * Math.max(band.get().sigma(), MINIMUM_RATIO_SPREAD);
    }
    // The top of the heading's honest range, for a declaration of one heading only.
    double rangeTop =
        mixedHeadings(d)
            ? Double.NaN
            : first.high() + RANGE_MARGIN_SPREADS * Math.max(first.sigma(), MINIMUM_RATIO_SPREAD);
    return Optional.of(new Expectation(gross, spread, rangeTop));
  }

  /**
   * @param rangeTopRatio the gross/net ratio above which a declaration of one heading lies beyond
   *     what that heading usually carries: its 99th percentile plus {@link #RANGE_MARGIN_SPREADS}
   *     spreads; NaN for lines of several headings
   */
  private record Expectation(double grossKg, double spreadKg, double rangeTopRatio) {}

  /** Whether the lines are of more than one heading, whose packing the expectation mixes. */
  private static boolean mixedHeadings(Declaration d) {
    String first = d.lines().getFirst().hsCode().heading();
    for (GoodsLine line : d.lines()) {
      if (!line.hsCode().heading().equals(first)) {
        return true;
      }
    }
    return false;
  }

  private static GoodsLine heaviestLine(Declaration d) {
    GoodsLine heaviest = d.lines().getFirst();
    for (GoodsLine line : d.lines()) {
      if (line.netWeightKg() > heaviest.netWeightKg()) {
        heaviest = line;
      }
    }
    return heaviest;
  }

  private static Map<String, Object> evidence(
      Declaration d, String heading, double ratio, Optional<Expectation> expected) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("gross_weight_kg", d.transport().grossWeightKg());
    evidence.put("net_weight_kg", d.totalNetWeightKg());
    evidence.put("gross_to_net", Math.round(ratio * 1000) / 1000.0);
    evidence.put("hs_heading", heading);
    evidence.put(
        "expected_gross_weight_kg",
        expected.map(e -> (double) Math.round(e.grossKg())).orElse(null));
    evidence.put("learned_from_history", expected.isPresent());
    evidence.put("container_count", d.transport().containerCount());
    evidence.put("transport_mode", d.transport().mode().name());
    return evidence;
  }

  private Finding finding(Severity severity, String message, Map<String, Object> evidence) {
    return new Finding(code(), severity, OptionalInt.empty(), message, evidence, BASIS);
  }

  private static String kg(double kg) {
    return String.format(java.util.Locale.ROOT, "%,.0f kg", kg);
  }
}
