package dev.assay.risk.detector;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.Confidence;
import dev.assay.controllist.Determination;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.lexicon.Lookalike;
import dev.assay.lexicon.Lookalikes;
import dev.assay.price.GoodsValue;
import dev.assay.price.MineralForm;
import dev.assay.price.MineralPrice;
import dev.assay.price.ReferencePrices;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.profile.BandBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Unit values that give the goods away: an ordinary code declared at the price of a controlled
 * mineral it is known to cover for (misrepresentation at the true price), or somewhere between the
 * goods' own value and the mineral's (a cover, undervalued), and controlled goods declared far
 * below the mineral's market price of the day (value manipulation under a license). What a code's
 * goods are usually declared at is learned from the declarations seen before, per 10-digit code
 * with the 6- and 4-digit codes as fallback, never from later ones; a shipped reference value
 * stands in while a cover code has no history. See docs/detectors/VALUE_ANOMALY.md.
 */
public final class ValueAnomalyDetector implements Detector {
  /** Robust standard deviations above the code's median that no ordinary spread explains. */
  private static final double SUSPECT_DEVIATIONS = 6;

  /** And at least this multiple of the median: honest goods vary by grade and packaging. */
  private static final double SUSPECT_MULTIPLE = 2.5;

  /**
   * Where the code covers for no known mineral, only a value this many times the code's median
   * counts, so that an odd honest consignment needs more than a coincidence to be reported.
   */
  private static final double SUSPECT_MULTIPLE_ANY_MINERAL = 5;

  /**
   * A cover code this many times above its band (and 6 robust deviations) is reported even at no
   * mineral's price. ASSUMPTION: on blind generators A, B and D (seed 1, seen) every line of a
   * cover code at 2.5 times its code's median or more was a violation; 4 leaves room for honest
   * premium grades.
   */
  private static final double FAR_ABOVE_COVER = 4;

  /**
   * Goods a description names apart from its code's default (NdFeB under 8505119000) at this
   * multiple of their own learned history, and {@link #PREMIUM_DEVIATIONS} robust deviations above
   * it, are priced like more than the description says (a Dy or Tb grade declared plain). Far below
   * {@link #SUSPECT_MULTIPLE}: the band is of one kind of goods, not of a whole code. ASSUMPTION: a
   * policy choice, LOW, its weight learned from outcomes.
   */
  private static final double PREMIUM_MULTIPLE = 1.3;

  private static final double PREMIUM_DEVIATIONS = 3;

  /** Learned values before a named band is trusted for a premium. */
  private static final long PREMIUM_MIN_OBSERVATIONS = 30;

  /** The least spread allowed to a band, relative to its median: prices are never uniform. */
  private static final double MINIMUM_RELATIVE_SPREAD = 0.1;

  /**
   * A cover code's value within this range of a mineral form's market price is that mineral's
   * price: quotes differ between China and Europe by up to half (fact base 5.1, OED-SB).
   */
  private static final double AT_PRICE_LOW = 0.6;

  private static final double AT_PRICE_HIGH = 2.0;

  /** Below the price but this share of it or more: a cover at a telltale value. */
  private static final double BETWEEN_LOW = 0.15;

  /** For a code that covers for no known mineral: only a close match to some mineral's price. */
  private static final double ANY_MINERAL_LOW = 0.7;

  private static final double ANY_MINERAL_HIGH = 1.4;

  /** A controlled line under this share of the cheapest form's market price is undervalued. */
  private static final double UNDERVALUED_SHARE = 0.55;

  /**
   * And under this share of what the code's own history says, where it has one: a reference price
   * that runs ahead of the market the exporters sell in (Europe's asks against China's domestic
   * price) must not make every honest line look cheap.
   */
  private static final double UNDERVALUED_SHARE_OF_HISTORY = 0.75;

  /** A learned band whose median is this far above the reference value was learned from covers. */
  private static final double UNTRUSTED_HISTORY = 3;

  private static final String BASIS_MISREPRESENTATION =
      "Customs Law (declaration of goods, name and value); Export Control Law Art. 34 (evasion by"
          + " false declaration); campaign target 伪报品名";

  private static final String BASIS_VALUE = "; Customs Law (declared value)";

  /** Bands of value per kg by 10-digit code, and of value per unit by 10-digit code. */
  private final BandBook perKg = new BandBook(256, 64, 30);

  /**
   * Bands of value per kg by 6- and 4-digit code: fallbacks only, recomputed less often, since
   * sorting the window is most of what learning costs.
   */
  private final BandBook perKgBroad = new BandBook(256, 256, 30);

  private final BandBook perUnit = new BandBook(256, 64, 30);
  private final ReferencePrices prices;
  private final Lookalikes lookalikes;

  public ValueAnomalyDetector(ReferencePrices prices, Lookalikes lookalikes) {
    this.prices = prices;
    this.lookalikes = lookalikes;
  }

  /** The detector with the shipped reference prices and lookalike codes. */
  public static ValueAnomalyDetector bundled() {
    return new ValueAnomalyDetector(ReferencePrices.bundled(), Lookalikes.bundled());
  }

  @Override
  public FindingCode code() {
    return FindingCode.VALUE_ANOMALY;
  }

  @Override
  public void inspect(EnrichedDeclaration enriched, Consumer<Finding> findings) {
    LocalDate day = enriched.declaration().declaredAt();
    List<GoodsLine> lines = enriched.declaration().lines();
    for (int i = 0; i < lines.size(); i++) {
      GoodsLine line = lines.get(i);
      double perKgValue = line.valuePerKg();
      if (!(perKgValue > 0) || Double.isInfinite(perKgValue)) {
        continue;
      }
      HsCode code = line.hsCode();
      Optional<GoodsValue> named = prices.namedGoodsValue(code, line.description());
      String key = named.map(ValueAnomalyDetector::bandKey).orElse(code.value());
      Determination determination = enriched.determination(i);
      if (determination.controlled()) {
        // Only the code's own history: a heading mixes forms priced far apart (Ga and Ge in 8112).
        Optional<Band> own = learned(key, "learned, 10-digit code");
        undervalued(line, perKgValue, own, determination, day).ifPresent(findings);
      } else if (prices.formsAt(code).isEmpty()) {
        // A mineral's own code (Dy oxide before its control, plain NdFeB) is priced as a mineral.
        Optional<Band> band = band(line, key, named);
        Optional<Finding> over = band.flatMap(b -> overvalued(line, perKgValue, b, day));
        if (over.isEmpty() && named.isPresent()) {
          over = band.flatMap(b -> aboveNamedGoods(line, perKgValue, b, named.get()));
        }
        over.ifPresent(findings);
      }
      // Learnt after judging, so a line never vouches for itself.
      learn(line, key, perKgValue);
    }
  }

  /** Value per unit of quantity, where the unit is not a mass. */
  private static Optional<Double> perUnitValue(GoodsLine line) {
    if (isMass(line.unit()) || !(line.quantity() > 0) || !(line.valueUsd() > 0)) {
      return Optional.empty();
    }
    return Optional.of(line.valueUsd() / line.quantity());
  }

  private static boolean isMass(String unit) {
    return switch (unit.strip().toUpperCase(Locale.ROOT)) {
      case "KG", "KGM", "G", "GRM", "T", "TNE", "千克", "克", "吨" -> true;
      default -> false;
    };
  }

  /**
   * Where the values of other honest goods of a code that a description names are learned: apart
   * from the code's default goods, so that NdFeB magnets at USD 40/kg neither widen the ferrite
   * magnets' band of the same code nor are judged by it.
   */
  private static String bandKey(GoodsValue named) {
    return named.hsCode().value() + " " + named.namedBy().getFirst();
  }

  private void learn(GoodsLine line, String key, double perKgValue) {
    HsCode code = line.hsCode();
    perKg.add(key, perKgValue);
    perKgBroad.add(code.subheading(), perKgValue);
    perKgBroad.add(code.heading(), perKgValue);
    perUnitValue(line).ifPresent(v -> perUnit.add(code.value(), v));
  }

  /**
   * What goods under this code are usually declared at: the learned band of the most specific code
   * with enough history, unless it sits far above the shipped reference value (a history of
   * covers), else the reference value.
   */
  private Optional<Band> band(GoodsLine line, String key, Optional<GoodsValue> named) {
    HsCode code = line.hsCode();
    Optional<Band> learned =
        learned(
            key, named.isPresent() ? "learned, named goods of the code" : "learned, 10-digit code");
    // The broader codes' history is of the default goods, not of goods named apart.
    if (learned.isEmpty() && named.isEmpty()) {
      learned = learned(perKgBroad, code.subheading(), "learned, 6-digit subheading");
    }
    if (learned.isEmpty() && named.isEmpty()) {
      learned = learned(perKgBroad, code.heading(), "learned, 4-digit heading");
    }
    Optional<GoodsValue> reference = named.or(() -> prices.goodsValue(code));
    if (reference.isPresent()
        && (learned.isEmpty()
            || learned.get().median() > UNTRUSTED_HISTORY * reference.get().usdPerKgHigh())) {
      GoodsValue r = reference.get();
      return Optional.of(
          new Band(
              r.mid(),
              (r.usdPerKgHigh() - r.usdPerKgLow()) / 4,
              0,
              "reference, price/goods-values.csv (" + r.source() + ")"));
    }
    return learned;
  }

  private Optional<Band> learned(String key, String source) {
    return learned(perKg, key, source);
  }

  private static Optional<Band> learned(BandBook book, String key, String source) {
    return book.band(key).map(b -> new Band(b.median(), b.sigma(), b.observations(), source));
  }

  /** A band of value per kg with where it comes from. */
  private record Band(double median, double sigma, long observations, String source) {
    double spread() {
      return Math.max(sigma, median * MINIMUM_RELATIVE_SPREAD);
    }

    boolean farAbove(double value, double multiple) {
      return value >= median + SUSPECT_DEVIATIONS * spread() && value >= multiple * median;
    }
  }

  /** Cases (a) and (c): an uncontrolled line far above its band, at or toward a mineral's price. */
  private Optional<Finding> overvalued(GoodsLine line, double value, Band band, LocalDate day) {
    if (!band.farAbove(value, SUSPECT_MULTIPLE)) {
      return Optional.empty();
    }
    Optional<Lookalike> lookalike = lookalikes.find(line.hsCode());
    List<String> coverFor = new ArrayList<>();
    lookalike.ifPresent(l -> coverFor.addAll(l.minerals()));
    prices.goodsValue(line.hsCode()).ifPresent(g -> coverFor.addAll(g.coverFor()));
    if (coverFor.isEmpty()) {
      if (!band.farAbove(value, SUSPECT_MULTIPLE_ANY_MINERAL)) {
        return Optional.empty();
      }
      return closest(prices.forms(), List.of(), value, day)
          .filter(p -> ratio(value, p) >= ANY_MINERAL_LOW && ratio(value, p) <= ANY_MINERAL_HIGH)
          .map(
              p ->
                  finding(
                      line,
                      Severity.MEDIUM,
                      String.format(
                          Locale.ROOT,
                          "%s (%s) declared at USD %s/kg, %.1f times what these goods usually"
                              + " fetch (USD %s/kg) and close to the market price of %s (USD"
                              + " %s/kg)",
                          line.description(),
                          line.hsCode(),
                          money(value),
                          value / band.median(),
                          money(band.median()),
                          p.form().description(),
                          money(p.usdPerKg())),
                      evidence(line, value, band, p, "at_mineral_price", null),
                      BASIS_MISREPRESENTATION));
    }
    Optional<MineralPrice> match = closest(prices.forms(), coverFor, value, day);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    MineralPrice price = match.get();
    double r = ratio(value, price);
    if (r < BETWEEN_LOW || r > AT_PRICE_HIGH) {
      return farAboveCover(line, value, band, price, lookalike);
    }
    boolean atPrice = r >= AT_PRICE_LOW;
    String message =
        String.format(
            Locale.ROOT,
            "%s (%s) declared at USD %s/kg, %.1f times what these goods usually fetch (USD %s/kg):"
                + " %s the market price of %s (USD %s/kg), which this code is known to cover for",
            line.description(),
            line.hsCode(),
            money(value),
            value / band.median(),
            money(band.median()),
            atPrice ? "about" : String.format(Locale.ROOT, "%.0f%% of", r * 100),
            price.form().description(),
            money(price.usdPerKg()));
    return Optional.of(
        finding(
            line,
            Severity.HIGH,
            message,
            evidence(
                line,
                value,
                band,
                price,
                atPrice ? "at_mineral_price" : "between_band_and_mineral_price",
                lookalike.map(Lookalike::knownCase).orElse(null)),
            BASIS_MISREPRESENTATION));
  }

  /**
   * Named goods (NdFeB magnets under the other-magnets code) well above what the same goods under
   * the same code have been declared at: the value says more than the description does. LOW, a
   * question for the documents (a composition or grade certificate).
   */
  private Optional<Finding> aboveNamedGoods(
      GoodsLine line, double value, Band band, GoodsValue named) {
    if (band.observations() < PREMIUM_MIN_OBSERVATIONS
        || value < PREMIUM_MULTIPLE * band.median()
        || value < band.median() + PREMIUM_DEVIATIONS * band.spread()) {
      return Optional.empty();
    }
    Map<String, Object> evidence = bandEvidence(line, value, band, "above_named_goods_band");
    evidence.put("named_goods", named.description());
    String message =
        String.format(
            Locale.ROOT,
            "%s (%s) declared at USD %s/kg, %.1f times what the goods it names have been declared"
                + " at under this code (USD %s/kg): priced like more than the description says",
            line.description(),
            line.hsCode(),
            money(value),
            value / band.median(),
            money(band.median()));
    return Optional.of(finding(line, Severity.LOW, message, evidence, BASIS_MISREPRESENTATION));
  }

  /**
   * A cover code many times above what its goods fetch, at no price of a mineral it covers for:
   * nobody pays aluminium alloy's buyer USD 48/kg, or solder paste's USD 400/kg, for the goods the
   * code names. The value belongs to something else in the consignment, whatever it is. MEDIUM: the
   * mineral is not named by the price.
   */
  private Optional<Finding> farAboveCover(
      GoodsLine line,
      double value,
      Band band,
      MineralPrice closest,
      Optional<Lookalike> lookalike) {
    if (!band.farAbove(value, FAR_ABOVE_COVER)) {
      return Optional.empty();
    }
    String message =
        String.format(
            Locale.ROOT,
            "%s (%s) declared at USD %s/kg, %.1f times what these goods usually fetch (USD %s/kg),"
                + " a code known to cover for %s: the value fits neither the goods nor the mineral"
                + " (USD %s/kg)",
            line.description(),
            line.hsCode(),
            money(value),
            value / band.median(),
            money(band.median()),
            closest.form().family(),
            money(closest.usdPerKg()));
    return Optional.of(
        finding(
            line,
            Severity.MEDIUM,
            message,
            evidence(
                line,
                value,
                band,
                closest,
                "far_above_band",
                lookalike.map(Lookalike::knownCase).orElse(null)),
            BASIS_MISREPRESENTATION));
  }

  /** Case (b): a controlled line far below the market price of its mineral on the day. */
  private Optional<Finding> undervalued(
      GoodsLine line,
      double value,
      Optional<Band> band,
      Determination determination,
      LocalDate day) {
    List<MineralForm> forms = prices.formsAt(line.hsCode());
    if (forms.isEmpty()) {
      return Optional.empty();
    }
    MineralPrice cheapest = null;
    for (MineralForm form : forms) {
      MineralPrice price = prices.price(form, day);
      if (cheapest == null || price.usdPerKg() < cheapest.usdPerKg()) {
        cheapest = price;
      }
    }
    double r = ratio(value, cheapest);
    boolean belowHistory =
        band.isEmpty() || value < UNDERVALUED_SHARE_OF_HISTORY * band.get().median();
    if (r >= UNDERVALUED_SHARE || !belowHistory) {
      return Optional.empty();
    }
    AppliedMeasure measure = ControlEvidence.itemMeasure(determination);
    Map<String, Object> evidence =
        evidence(line, value, band.orElse(null), cheapest, "below_market_price", null);
    evidence.put("measure", measure.basis());
    String message =
        String.format(
            Locale.ROOT,
            "controlled %s (%s) declared at USD %s/kg, %.0f%% of the market price of %s on %s (USD"
                + " %s/kg)",
            ControlEvidence.itemName(measure),
            line.hsCode(),
            money(value),
            r * 100,
            cheapest.form().description(),
            day,
            money(cheapest.usdPerKg()));
    // A price the fact base is unsure of makes a weaker case, as an unsure control-list entry does.
    Severity severity =
        cheapest.quote().confidence() == Confidence.UNSURE ? Severity.MEDIUM : Severity.HIGH;
    return Optional.of(finding(line, severity, message, evidence, measure.basis() + BASIS_VALUE));
  }

  /**
   * The form, among those carrying one of the minerals (any form if none named), priced nearest.
   */
  private Optional<MineralPrice> closest(
      List<MineralForm> forms, List<String> minerals, double value, LocalDate day) {
    MineralPrice best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (MineralForm form : forms) {
      if (!minerals.isEmpty() && minerals.stream().noneMatch(form::carries)) {
        continue;
      }
      MineralPrice price = prices.price(form, day);
      double distance = Math.abs(Math.log(value / price.usdPerKg()));
      if (distance < bestDistance) {
        best = price;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static double ratio(double value, MineralPrice price) {
    return value / price.usdPerKg();
  }

  private Map<String, Object> evidence(
      GoodsLine line,
      double value,
      Band band,
      MineralPrice price,
      String pattern,
      String knownCase) {
    Map<String, Object> evidence = bandEvidence(line, value, band, pattern);
    evidence.put("mineral", price.form().family());
    evidence.put("mineral_form", price.form().description());
    evidence.put("mineral_price_usd_per_kg", round(price.usdPerKg()));
    evidence.put("share_of_mineral_price", Math.round(value / price.usdPerKg() * 100) / 100.0);
    evidence.put("price_quote", price.quote().what());
    evidence.put("price_quote_date", price.quote().date().toString());
    evidence.put("price_source", price.quote().source() + "; form: " + price.form().source());
    evidence.put("price_confidence", price.quote().confidence().yamlName());
    if (knownCase != null) {
      evidence.put("known_case", knownCase);
    }
    return evidence;
  }

  /** The line's value and the band it was judged against (null: none), in the order shown. */
  private Map<String, Object> bandEvidence(
      GoodsLine line, double value, Band band, String pattern) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("pattern", pattern);
    evidence.put("unit_value_usd_per_kg", round(value));
    perUnitValue(line)
        .ifPresent(
            v -> {
              evidence.put("unit", line.unit());
              evidence.put("unit_value_usd_per_unit", round(v));
              perUnit
                  .band(line.hsCode().value())
                  .ifPresent(b -> evidence.put("band_median_usd_per_unit", round(b.median())));
            });
    evidence.put("band_median_usd_per_kg", band == null ? null : round(band.median()));
    evidence.put("band_spread_usd_per_kg", band == null ? null : round(band.spread()));
    evidence.put("band_observations", band == null ? 0 : band.observations());
    evidence.put(
        "band_source", band == null ? "none: no history and no reference value" : band.source());
    return evidence;
  }

  private Finding finding(
      GoodsLine line,
      Severity severity,
      String message,
      Map<String, Object> evidence,
      String basis) {
    return new Finding(code(), severity, OptionalInt.of(line.lineNo()), message, evidence, basis);
  }

  private static double round(double value) {
    return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100.0;
  }

  private static String money(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
