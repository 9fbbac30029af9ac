package dev.assay.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns findings into a score from 0 to 1 and a lane. Each finding contributes the weight of its
 * severity, and the weights combine as independent pieces of evidence (noisy-or), so one critical
 * finding outweighs many weak ones but weak ones still add up. Weights and lane thresholds are data
 * ({@code risk/scoring.yaml}).
 *
 * <p>Lanes here are thresholds on the score alone; capacity-aware selection per office and day
 * belongs to the selection stage, which works on whole batches.
 */
public final class Scoring {
  private final Map<Severity, Double> weights;
  private final double red;
  private final double yellow;
  private final double blue;
  private final double modelWeight;

  public Scoring(Map<Severity, Double> weights, double red, double yellow, double blue) {
    this(weights, red, yellow, blue, 0);
  }

  /**
   * @param modelWeight how much a learned model's probability counts beside the findings, 0 to 1
   */
  public Scoring(
      Map<Severity, Double> weights, double red, double yellow, double blue, double modelWeight) {
    this.weights = new EnumMap<>(weights);
    for (Severity s : Severity.values()) {
      Double w = this.weights.get(s);
      if (w == null || w < 0 || w > 1) {
        throw new IllegalArgumentException(
            "weight for " + s + " must be between 0 and 1, got " + w);
      }
    }
    if (!(red >= yellow && yellow >= blue && blue >= 0 && red <= 1)) {
      throw new IllegalArgumentException(
          "lane thresholds must satisfy 1 >= red >= yellow >= blue >= 0");
    }
    this.red = red;
    this.yellow = yellow;
    this.blue = blue;
    if (!(modelWeight >= 0 && modelWeight <= 1)) {
      throw new IllegalArgumentException(
          "model_weight must be between 0 and 1, got " + modelWeight);
    }
    this.modelWeight = modelWeight;
  }

  /** The weights and thresholds shipped with Assay. */
  public static Scoring bundled() {
    try (InputStream in = Scoring.class.getResourceAsStream("/risk/scoring.yaml")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scoring parse(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    Map<Severity, Double> weights = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      weights.put(s, root.path("severity_weights").path(s.name()).asDouble(Double.NaN));
    }
    JsonNode lanes = root.path("lanes");
    return new Scoring(
        weights,
        lanes.path("red").asDouble(),
        lanes.path("yellow").asDouble(),
        lanes.path("blue").asDouble(),
        root.path("model_weight").asDouble(0));
  }

  /** The weight one finding of this severity contributes. */
  public double weight(Severity severity) {
    return weights.get(severity);
  }

  public double score(List<Finding> findings) {
    double clear = 1.0;
    for (Finding f : findings) {
      clear *= 1.0 - weights.get(f.severity());
    }
    return 1.0 - clear;
  }

  /**
   * The score with a learned model's probability blended in as one more independent piece of
   * evidence, weighted by {@code model_weight}: {@code 1 - (1 - s)(1 - w p)}.
   */
  public double blend(double ruleScore, double probability) {
    return 1.0 - (1.0 - ruleScore) * (1.0 - modelWeight * probability);
  }

  public double modelWeight() {
    return modelWeight;
  }

  public Lane lane(double score) {
    if (score >= red) {
      return Lane.RED;
    }
    if (score >= yellow) {
      return Lane.YELLOW;
    }
    if (score >= blue) {
      return Lane.BLUE;
    }
    return Lane.GREEN;
  }
}
