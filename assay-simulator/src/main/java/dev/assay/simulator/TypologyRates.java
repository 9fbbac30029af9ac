package dev.assay.simulator;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often each typology occurs, as a share of all declarations generated (0.002 = two in a
 * thousand). The default sums to 1.65%: violations are rare, as in reality, but common enough for a
 * 100k-declaration file to hold over a hundred of each.
 */
public record TypologyRates(Map<Typology, Double> rates) {
  private static final Map<Typology, Double> DEFAULTS;

  static {
    Map<Typology, Double> defaults = new EnumMap<>(Typology.class);
    defaults.put(Typology.MISREPRESENTATION, 0.004);
    defaults.put(Typology.VALUE_MANIPULATION, 0.0015);
    defaults.put(Typology.CONCEALMENT, 0.0015);
    defaults.put(Typology.HIDDEN_GOODS, 0.001);
    defaults.put(Typology.RESTRICTED_PARTY, 0.001);
    defaults.put(Typology.TRANSSHIPMENT, 0.002);
    defaults.put(Typology.UNLICENSED_EXPORT, 0.002);
    defaults.put(Typology.BEYOND_LICENSE, 0.0015);
    defaults.put(Typology.SPLIT_SHIPMENT, 0.0015);
    DEFAULTS = Map.copyOf(defaults);
  }

  public TypologyRates {
    Map<Typology, Double> copy = new EnumMap<>(Typology.class);
    for (Typology typology : Typology.values()) {
      double rate = rates.getOrDefault(typology, 0.0);
      if (!(rate >= 0 && rate <= 0.2)) {
        throw new IllegalArgumentException(
            "rate of " + typology.label() + " must be between 0 and 0.2, got " + rate);
      }
      copy.put(typology, rate);
    }
    rates = java.util.Collections.unmodifiableMap(copy);
    if (total(rates) > 0.5) {
      throw new IllegalArgumentException("typology rates sum to more than 0.5");
    }
  }

  public static TypologyRates defaults() {
    return new TypologyRates(DEFAULTS);
  }

  /** No violations at all: honest trade only. */
  public static TypologyRates none() {
    return new TypologyRates(Map.of());
  }

  public double of(Typology typology) {
    return rates.get(typology);
  }

  public double total() {
    return total(rates);
  }

  /** These rates with every rate multiplied (for --violation-rate). */
  public TypologyRates scaledTo(double total) {
    double current = total();
    Map<Typology, Double> scaled = new EnumMap<>(Typology.class);
    rates.forEach((t, r) -> scaled.put(t, current == 0 ? 0 : r * total / current));
    return new TypologyRates(scaled);
  }

  /** These rates with one changed. */
  public TypologyRates with(Typology typology, double rate) {
    Map<Typology, Double> changed = new EnumMap<>(rates);
    changed.put(typology, rate);
    return new TypologyRates(changed);
  }

  /**
   * Parses "concealment=0.002,hidden_goods=0" into changes of the defaults (or of {@code base}).
   */
  public static TypologyRates parse(String text, TypologyRates base) {
    TypologyRates rates = base;
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected typology=rate, got '" + part.strip() + "'");
      }
      Typology typology;
      try {
        typology = Typology.fromLabel(part.substring(0, eq));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown typology '" + part.substring(0, eq).strip() + "'; known: " + labels());
      }
      double rate;
      try {
        rate = Double.parseDouble(part.substring(eq + 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a rate: '" + part.substring(eq + 1).strip() + "'");
      }
      rates = rates.with(typology, rate);
    }
    return rates;
  }

  public static String labels() {
    StringBuilder s = new StringBuilder();
    for (Typology t : Typology.values()) {
      s.append(s.isEmpty() ? "" : ", ").append(t.label());
    }
    return s.toString();
  }

  private static double total(Map<Typology, Double> rates) {
    return rates.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    rates.forEach(
        (t, r) ->
            s.append(s.isEmpty() ? "" : ",")
                .append(t.label())
                .append('=')
                .append(String.format(Locale.ROOT, "%.4f", r)));
    return s.toString();
  }
}
