package dev.assay.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.risk.Exploration;
import dev.assay.risk.Lane;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The risk office's selection policy as data ({@code risk/selection.yaml}): how much of each
 * office's daily traffic may go to physical inspection by score, and how much of each lane is
 * picked at random.
 *
 * @param redShare share of an office's declarations of a day that may go RED by score
 * @param minDailyRed places by score an office has a day however few declarations it receives
 * @param minRedScore no declaration goes RED by score below this
 * @param officeRedShares red shares of offices that differ from the default
 * @param randomRates minimum random selection rate per lane
 * @param window how many recent scores of an office a score is ranked against
 * @param historyDays how many past days the expected daily volume is averaged over
 * @param seed seed of the reproducible random draw
 * @param exploration random RED picks at a higher rate for declarations with thinly measured soft
 *     evidence ({@link Exploration}); {@link Exploration#OFF} for none
 */
public record SelectionSettings(
    double redShare,
    int minDailyRed,
    double minRedScore,
    Map<String, Double> officeRedShares,
    Map<Lane, Double> randomRates,
    int window,
    int historyDays,
    long seed,
    Exploration exploration) {

  /** Settings without exploration. */
  public SelectionSettings(
      double redShare,
      int minDailyRed,
      double minRedScore,
      Map<String, Double> officeRedShares,
      Map<Lane, Double> randomRates,
      int window,
      int historyDays,
      long seed) {
    this(
        redShare,
        minDailyRed,
        minRedScore,
        officeRedShares,
        randomRates,
        window,
        historyDays,
        seed,
        Exploration.OFF);
  }

  public SelectionSettings {
    share("red_share", redShare);
    if (minDailyRed < 0) {
      throw new IllegalArgumentException("min_daily_red must be 0 or more, got " + minDailyRed);
    }
    share("min_red_score", minRedScore);
    officeRedShares = Map.copyOf(officeRedShares);
    officeRedShares.forEach((office, s) -> share("offices." + office + ".red_share", s));
    EnumMap<Lane, Double> rates = new EnumMap<>(Lane.class);
    rates.putAll(randomRates);
    double sum = 0;
    for (Map.Entry<Lane, Double> e : rates.entrySet()) {
      share("random_rates." + e.getKey(), e.getValue());
      sum += e.getValue();
    }
    if (rates.getOrDefault(Lane.GREEN, 0.0) > 0) {
      throw new IllegalArgumentException(
          "random_rates.GREEN: GREEN is release without a check, nothing to pick at random for");
    }
    if (sum > 1) {
      throw new IllegalArgumentException("random_rates add up to " + sum + ", more than 1");
    }
    randomRates = Map.copyOf(rates);
    if (window < 1) {
      throw new IllegalArgumentException("window must be 1 or more, got " + window);
    }
    if (historyDays < 1) {
      throw new IllegalArgumentException("history_days must be 1 or more, got " + historyDays);
    }
    java.util.Objects.requireNonNull(exploration, "exploration");
  }

  private static void share(String field, Double value) {
    if (value == null || !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be between 0 and 1, got " + value);
    }
  }

  /** The settings shipped with Assay. */
  public static SelectionSettings bundled() {
    try (InputStream in = SelectionSettings.class.getResourceAsStream("/risk/selection.yaml")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a selection file in the format of the shipped {@code risk/selection.yaml}; fields it
   * leaves out keep the shipped values.
   *
   * @throws IllegalArgumentException naming the file and the field that is wrong
   */
  public static SelectionSettings load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return bundled().overriddenBy(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read selection file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static SelectionSettings parse(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    return fromYaml(root, null);
  }

  private SelectionSettings overriddenBy(InputStream in) throws IOException {
    return fromYaml(new ObjectMapper(new YAMLFactory()).readTree(in), this);
  }

  private static SelectionSettings fromYaml(JsonNode root, SelectionSettings base) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a selection file is a YAML mapping");
    }
    Map<String, Double> offices = new HashMap<>(base == null ? Map.of() : base.officeRedShares);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("offices").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      offices.put(e.getKey(), e.getValue().path("red_share").asDouble(Double.NaN));
    }
    Map<Lane, Double> rates = new EnumMap<>(Lane.class);
    if (base != null) {
      rates.putAll(base.randomRates);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("random_rates").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      rates.put(lane(e.getKey(), "random_rates"), e.getValue().asDouble(Double.NaN));
    }
    return new SelectionSettings(
        number(root, "red_share", base == null ? Double.NaN : base.redShare),
        (int) number(root, "min_daily_red", base == null ? 1 : base.minDailyRed),
        number(root, "min_red_score", base == null ? Double.NaN : base.minRedScore),
        offices,
        rates,
        (int) number(root, "window", base == null ? Double.NaN : base.window),
        (int) number(root, "history_days", base == null ? Double.NaN : base.historyDays),
        root.has("seed") ? root.path("seed").asLong() : base == null ? 0 : base.seed,
        exploration(root.path("exploration"), base == null ? Exploration.OFF : base.exploration));
  }

  /**
   * The exploration block; fields it leaves out keep {@code base}'s, {@code enabled: false} is off.
   */
  private static Exploration exploration(JsonNode node, Exploration base) {
    if (node.isMissingNode() || node.isNull()) {
      return base;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("exploration must be a mapping");
    }
    if (node.has("enabled") && !node.path("enabled").isBoolean()) {
      throw new IllegalArgumentException(
          "exploration.enabled must be true or false, got '" + node.path("enabled").asText() + "'");
    }
    double rate = number(node, "random_red", base.randomRed());
    int picks = (int) number(node, "min_random_picks", base.minRandomPicks());
    int lonePicks = (int) number(node, "min_lone_picks", base.minLonePicks());
    // a block that does not say is meant to explore
    boolean enabled = node.path("enabled").asBoolean(true);
    try {
      return new Exploration(rate, picks, enabled, lonePicks);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static double number(JsonNode root, String field, double otherwise) {
    JsonNode node = root.get(field);
    if (node == null) {
      if (Double.isNaN(otherwise)) {
        throw new IllegalArgumentException(field + " is missing");
      }
      return otherwise;
    }
    if (!node.isNumber()) {
      throw new IllegalArgumentException(field + " must be a number, got '" + node.asText() + "'");
    }
    return node.asDouble();
  }

  static Lane lane(String name, String field) {
    try {
      return Lane.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + ": unknown lane '" + name + "' (RED, YELLOW, GREEN, BLUE)", e);
    }
  }

  /** The red share of an office: its own where set, the default otherwise. */
  public double redShare(String office) {
    return officeRedShares.getOrDefault(office, redShare);
  }

  public double randomRate(Lane lane) {
    return randomRates.getOrDefault(lane, 0.0);
  }

  /** The same settings with another default red share, and no office overrides. */
  public SelectionSettings withRedShare(double share) {
    return new SelectionSettings(
        share,
        minDailyRed,
        minRedScore,
        Map.of(),
        randomRates,
        window,
        historyDays,
        seed,
        exploration);
  }

  /** The same settings with these lanes' random rates replaced. */
  public SelectionSettings withRandomRates(Map<Lane, Double> rates) {
    Map<Lane, Double> merged = new EnumMap<>(Lane.class);
    merged.putAll(randomRates);
    merged.putAll(rates);
    return new SelectionSettings(
        redShare,
        minDailyRed,
        minRedScore,
        officeRedShares,
        merged,
        window,
        historyDays,
        seed,
        exploration);
  }

  public SelectionSettings withSeed(long newSeed) {
    return new SelectionSettings(
        redShare,
        minDailyRed,
        minRedScore,
        officeRedShares,
        randomRates,
        window,
        historyDays,
        newSeed,
        exploration);
  }

  /** The same settings exploring as given ({@link Exploration#OFF} for not at all). */
  public SelectionSettings withExploration(Exploration newExploration) {
    return new SelectionSettings(
        redShare,
        minDailyRed,
        minRedScore,
        officeRedShares,
        randomRates,
        window,
        historyDays,
        seed,
        newExploration);
  }
}
