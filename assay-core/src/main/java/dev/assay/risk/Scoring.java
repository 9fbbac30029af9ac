package dev.assay.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.risk.evidence.EvidenceKinds;
import dev.assay.risk.evidence.EvidenceWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns findings into a score from 0 to 1, says how much each finding contributed, and gives the
 * lane the score alone asks for. Each finding weighs by its code and severity (a weight set for the
 * code overrides the severity's default), and the weights combine as independent pieces of evidence
 * (noisy-or), so one critical finding outweighs many weak ones but weak ones still add up; one
 * piece of soft evidence raised on several goods lines counts once ({@link #countSoftRepeatsOnce}).
 * Where a ranking model is present its probability blends in linearly with a weight of its own.
 * Weights, the blend and lane thresholds are data ({@code risk/scoring.yaml}).
 *
 * <p>Lanes here are thresholds on the score alone; capacity per office and day and random selection
 * are a {@link LanePolicy}'s business.
 */
public final class Scoring {
  private static final FindingCode[] CODES = FindingCode.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final ScoreBreakdown NOTHING_FOUND = new ScoreBreakdown(0, new double[0], 0);

  private final Map<Severity, Double> severityWeights;
  private final double[][] weights;
  private final double modelWeight;
  private final double red;
  private final double yellow;
  private final double blue;

  public Scoring(Map<Severity, Double> weights, double red, double yellow, double blue) {
    this(weights, Map.of(), 0, red, yellow, blue);
  }

  /**
   * @param codeWeights weights per finding code and severity that override the severity defaults
   * @param modelWeight the share of the score a ranking model gets where one is present (0: none)
   */
  public Scoring(
      Map<Severity, Double> severityWeights,
      Map<FindingCode, Map<Severity, Double>> codeWeights,
      double modelWeight,
      double red,
      double yellow,
      double blue) {
    this.severityWeights = new EnumMap<>(Severity.class);
    for (Severity s : SEVERITIES) {
      Double w = severityWeights.get(s);
      checkWeight("severity_weights." + s, w);
      this.severityWeights.put(s, w);
    }
    this.weights = new double[CODES.length][SEVERITIES.length];
    for (FindingCode code : CODES) {
      Map<Severity, Double> own = codeWeights.getOrDefault(code, Map.of());
      for (Severity s : SEVERITIES) {
        Double w = own.get(s);
        if (w != null) {
          checkWeight("code_weights." + code + "." + s, w);
        }
        weights[code.ordinal()][s.ordinal()] = w != null ? w : this.severityWeights.get(s);
      }
    }
    if (!(modelWeight >= 0 && modelWeight <= 1)) {
      throw new IllegalArgumentException(
          "model.weight must be between 0 and 1, got " + modelWeight);
    }
    this.modelWeight = modelWeight;
    if (!(red >= yellow && yellow >= blue && blue >= 0 && red <= 1)) {
      throw new IllegalArgumentException(
          "lane thresholds must satisfy 1 >= red >= yellow >= blue >= 0");
    }
    this.red = red;
    this.yellow = yellow;
    this.blue = blue;
  }

  private static void checkWeight(String where, Double w) {
    if (w == null || !(w >= 0 && w <= 1)) {
      throw new IllegalArgumentException(
          "weight for " + where + " must be between 0 and 1, got " + w);
    }
  }

  /** The weights and thresholds shipped with Assay. */
  public static Scoring bundled() {
    try (InputStream in = Scoring.class.getResourceAsStream("/risk/scoring.yaml")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a scoring file in the format of the shipped {@code risk/scoring.yaml}.
   *
   * @throws IllegalArgumentException naming the file and the field that is wrong
   */
  public static Scoring load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scoring file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static Scoring parse(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a scoring file is a YAML mapping");
    }
    Map<Severity, Double> weights = new EnumMap<>(Severity.class);
    for (Severity s : SEVERITIES) {
      weights.put(s, root.path("severity_weights").path(s.name()).asDouble(Double.NaN));
    }
    Map<FindingCode, Map<Severity, Double>> codeWeights = new EnumMap<>(FindingCode.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("code_weights").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> code = it.next();
      FindingCode findingCode = constant(FindingCode.class, code.getKey(), "code_weights");
      Map<Severity, Double> own = new EnumMap<>(Severity.class);
      for (Iterator<Map.Entry<String, JsonNode>> sit = code.getValue().fields(); sit.hasNext(); ) {
        Map.Entry<String, JsonNode> severity = sit.next();
        own.put(
            constant(Severity.class, severity.getKey(), "code_weights." + code.getKey()),
            severity.getValue().asDouble(Double.NaN));
      }
      codeWeights.put(findingCode, own);
    }
    JsonNode lanes = root.path("lanes");
    return new Scoring(
        weights,
        codeWeights,
        root.path("model").path("weight").asDouble(0),
        lanes.path("red").asDouble(),
        lanes.path("yellow").asDouble(),
        lanes.path("blue").asDouble());
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ": unknown " + type.getSimpleName() + " '" + name + "'", e);
    }
  }

  /** The default weight of a finding of this severity, for codes without their own weight. */
  public double weight(Severity severity) {
    return severityWeights.get(severity);
  }

  /** The weight one finding of this code and severity contributes. */
  public double weight(FindingCode code, Severity severity) {
    return weights[code.ordinal()][severity.ordinal()];
  }

  /** The share of the score a ranking model gets where one is present. */
  public double modelWeight() {
    return modelWeight;
  }

  /** The score of these findings alone, without a model. */
  public double score(List<Finding> findings) {
    double[] w = new double[findings.size()];
    for (int i = 0; i < w.length; i++) {
      Finding f = findings.get(i);
      w[i] = weight(f.code(), f.severity());
    }
    countSoftRepeatsOnce(findings, w);
    double clear = 1.0;
    for (double x : w) {
      clear *= 1.0 - x;
    }
    return 1.0 - clear;
  }

  /**
   * Makes a soft sub-signal found on several goods lines of one declaration count once: the k
   * findings of one key each take {@code 1 - (1 - w)^(1/k)}, so together they weigh what one does
   * and share its contribution equally. A learned weight is the rate of violations among the
   * declarations that carried the key, each counted once (EvidenceWeights.observe); multiplying it
   * per line would count one fact about the exporter or the goods as k independent ones, and send
   * honest declarations of many similar lines to the top. Legal certainties are left as they are:
   * each unlicensed line is an offence of its own.
   *
   * @param weights the findings' weights, in their order; changed in place
   */
  public static void countSoftRepeatsOnce(List<Finding> findings, double[] weights) {
    int n = findings.size();
    if (n < 2) {
      return;
    }
    String[] keys = null;
    for (int i = 0; i < n; i++) {
      Finding f = findings.get(i);
      if (EvidenceKinds.isLegalCertainty(f)) {
        continue;
      }
      if (keys == null) {
        keys = new String[n];
      }
      keys[i] = EvidenceWeights.signalKey(f);
    }
    if (keys == null) {
      return;
    }
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (keys[i] == null || done[i]) {
        continue;
      }
      int k = 1;
      for (int j = i + 1; j < n; j++) {
        if (keys[i].equals(keys[j])) {
          k++;
        }
      }
      if (k == 1) {
        continue;
      }
      double each = 1.0 - Math.pow(1.0 - weights[i], 1.0 / k);
      for (int j = i; j < n; j++) {
        if (keys[i].equals(keys[j])) {
          weights[j] = each;
          done[j] = true;
        }
      }
    }
  }

  /** The score of these findings and what each one contributed to it; no model. */
  public ScoreBreakdown explain(List<Finding> findings) {
    return blend(findings, Double.NaN);
  }

  /**
   * The score blended with a model's probability, and the contribution of each finding and of the
   * model; the contributions add up to the score.
   *
   * <p>Noisy-or has no order, so a finding's contribution is its share of the findings' score in
   * proportion to its evidence, {@code -ln(1 - weight)}: two equal findings contribute equally
   * whichever came first, and a finding of weight 1 (certainty) takes the whole of it.
   */
  public ScoreBreakdown explain(List<Finding> findings, double modelProbability) {
    if (!(modelProbability >= 0 && modelProbability <= 1)) {
      throw new IllegalArgumentException(
          "a model probability is between 0 and 1, got " + modelProbability);
    }
    return blend(findings, modelProbability);
  }

  /**
   * Noisy-or over the findings and, where a model is present, the model as one more piece of
   * evidence of weight {@code model.weight × probability}: a model can add to a score but never
   * talk a finding down, so a prohibited export stays red whatever the model thinks.
   */
  private ScoreBreakdown blend(List<Finding> findings, double modelProbability) {
    boolean model = !Double.isNaN(modelProbability);
    int n = findings.size();
    if (n == 0 && !model) {
      return NOTHING_FOUND;
    }
    // one weight per finding, then the model's (if any) last
    double[] weights = new double[model ? n + 1 : n];
    for (int i = 0; i < n; i++) {
      Finding f = findings.get(i);
      weights[i] = weight(f.code(), f.severity());
    }
    countSoftRepeatsOnce(findings, weights);
    if (model) {
      weights[n] = modelWeight * modelProbability;
    }
    return combine(weights, model);
  }

  /**
   * Noisy-or over pieces of evidence given as weights, with each one's contribution by its share of
   * the evidence {@code -ln(1 - w)} (a weight of 1 takes the whole score).
   *
   * @param lastIsModel whether the last weight is a model's: its contribution is then reported
   *     apart and the finding contributions are one fewer
   */
  public static ScoreBreakdown combine(double[] weights, boolean lastIsModel) {
    int n = lastIsModel ? weights.length - 1 : weights.length;
    if (weights.length == 0) {
      return NOTHING_FOUND;
    }
    double clear = 1.0;
    double total = 0;
    int certain = 0;
    double[] evidence = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      clear *= 1.0 - w;
      if (w >= 1) {
        certain++;
        evidence[i] = Double.POSITIVE_INFINITY;
      } else {
        evidence[i] = -Math.log1p(-w);
        total += evidence[i];
      }
    }
    double score = 1.0 - clear;
    double[] contributions = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      double share;
      if (certain > 0) {
        share = evidence[i] == Double.POSITIVE_INFINITY ? 1.0 / certain : 0;
      } else {
        share = total > 0 ? evidence[i] / total : 0;
      }
      contributions[i] = score * share;
    }
    double modelPart = lastIsModel ? contributions[n] : 0;
    return new ScoreBreakdown(
        score, lastIsModel ? java.util.Arrays.copyOf(contributions, n) : contributions, modelPart);
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

  /**
   * A score and where it came from.
   *
   * @param findingContributions one per finding, in the findings' order
   * @param modelContribution the model's part of the score, 0 without a model
   */
  public record ScoreBreakdown(
      double score, double[] findingContributions, double modelContribution) {

    public double contribution(int finding) {
      return findingContributions[finding];
    }
  }
}
