package dev.assay.risk.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Scoring;
import dev.assay.risk.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The weight of each kind of soft evidence as a probability learned from outcomes: for every
 * finding code × severity, and every analyst rule, a Beta posterior of the share of violations
 * among the declarations that carried it.
 *
 * <p><b>Prior.</b> The shipped weight of the code and severity ({@code risk/scoring.yaml}) as the
 * mean, worth {@code priorStrength} inspections: a cold screener scores as the shipped weights say,
 * and a few outcomes move it only a little.
 *
 * <p><b>Selection bias.</b> Outcomes exist only for inspected declarations, and the engine chose
 * most of them because their score was high: the hit rate among those overstates the finding. Each
 * outcome is weighted by the inverse of the probability that the declaration was inspected: 1 for a
 * declaration the score sent RED, {@code 1 / random rate} for a random pick, which stands for the
 * many declarations with the finding that were not targeted. The weighted hit rate (Hájek) enters
 * the posterior with the weights' effective sample size {@code (Σw)² / Σw²}, so a handful of random
 * picks carry the uncertainty of a handful, not of their weight.
 *
 * <p>Thread-safe: outcomes are added under a lock per cell; readers see the last published mean.
 */
public final class EvidenceWeights {
  /** How many inspections the shipped weight counts as. ASSUMPTION: a policy choice, see docs. */
  public static final double DEFAULT_PRIOR_STRENGTH = 8;

  /** The probability of a random RED pick where no selection settings say (risk/selection.yaml). */
  public static final double DEFAULT_RANDOM_INCLUSION = 0.005;

  private static final String FORMAT = "assay-evidence-weights/1";
  private static final FindingCode[] CODES = FindingCode.values();
  private static final Severity[] SEVERITIES = Severity.values();
  // Posterior means of exactly 0 or 1 would turn soft evidence into certainty (noisy-or).
  private static final double FLOOR = 0.001;

  private final Scoring prior;
  private final double priorStrength;
  private final Cell[][] cells = new Cell[CODES.length][SEVERITIES.length];
  private final Map<String, Cell> rules = new ConcurrentHashMap<>();

  private EvidenceWeights(Scoring prior, double priorStrength) {
    if (!(priorStrength > 0)) {
      throw new IllegalArgumentException("prior_strength must be above 0, got " + priorStrength);
    }
    this.prior = prior;
    this.priorStrength = priorStrength;
    for (FindingCode code : CODES) {
      for (Severity s : SEVERITIES) {
        cells[code.ordinal()][s.ordinal()] =
            new Cell(code + "/" + s, prior.weight(code, s), priorStrength);
      }
    }
  }

  /** No outcomes yet: every weight is its shipped prior. */
  public static EvidenceWeights prior(Scoring scoring) {
    return new EvidenceWeights(scoring, DEFAULT_PRIOR_STRENGTH);
  }

  public static EvidenceWeights prior(Scoring scoring, double priorStrength) {
    return new EvidenceWeights(scoring, priorStrength);
  }

  /** The key of a finding's evidence: {@code CODE/SEVERITY}, or {@code rule:ID} for a rule. */
  public static String key(Finding finding) {
    Object rule = finding.evidence().get("rule");
    return rule != null ? "rule:" + rule : finding.code() + "/" + finding.severity();
  }

  /** The weight of a soft finding: the posterior mean of its code × severity, or of its rule. */
  public double weight(Finding finding) {
    Object rule = finding.evidence().get("rule");
    if (rule != null) {
      Cell cell = rules.get(rule.toString());
      if (cell != null) {
        return cell.mean;
      }
      return clamp(prior.weight(finding.code(), finding.severity()));
    }
    return cells[finding.code().ordinal()][finding.severity().ordinal()].mean;
  }

  /** The posterior mean for a code and severity. */
  public double mean(FindingCode code, Severity severity) {
    return cells[code.ordinal()][severity.ordinal()].mean;
  }

  /**
   * Learns one inspection outcome.
   *
   * @param softFindings the soft findings of the declaration when it was screened; each key counts
   *     once per declaration
   * @param inclusionProbability the probability that this declaration was inspected: 1 when the
   *     score sent it, the random rate for a random pick
   */
  public void observe(List<Finding> softFindings, boolean violation, double inclusionProbability) {
    if (!(inclusionProbability > 0 && inclusionProbability <= 1)) {
      throw new IllegalArgumentException(
          "an inclusion probability is in (0, 1], got " + inclusionProbability);
    }
    boolean random = inclusionProbability < 1;
    double w = 1 / inclusionProbability;
    Set<Cell> seen = new HashSet<>(4);
    for (Finding f : softFindings) {
      Cell cell = cell(f);
      if (seen.add(cell)) {
        cell.add(w, violation, random);
      }
    }
  }

  private Cell cell(Finding f) {
    Object rule = f.evidence().get("rule");
    if (rule != null) {
      double mean = prior.weight(f.code(), f.severity());
      return rules.computeIfAbsent(
          rule.toString(), id -> new Cell("rule:" + id, mean, priorStrength));
    }
    return cells[f.code().ordinal()][f.severity().ordinal()];
  }

  /** Every weight with its credible interval, code × severity first, then the rules by id. */
  public List<Estimate> estimates(double credibility) {
    List<Estimate> out = new ArrayList<>();
    for (Cell[] row : cells) {
      for (Cell cell : row) {
        out.add(cell.estimate(credibility));
      }
    }
    rules.values().stream()
        .sorted((a, b) -> a.key.compareTo(b.key))
        .forEach(cell -> out.add(cell.estimate(credibility)));
    return out;
  }

  public double priorStrength() {
    return priorStrength;
  }

  /**
   * One learned weight.
   *
   * @param inspections outcomes learned; {@code randomInspections} of them random picks
   * @param effectiveInspections what the weighted outcomes are worth ({@code (Σw)² / Σw²})
   * @param observedRate the inverse-probability-weighted violation share, NaN without outcomes
   * @param low lower bound of the central credible interval
   * @param high upper bound
   */
  public record Estimate(
      String key,
      double priorMean,
      long inspections,
      long randomInspections,
      double effectiveInspections,
      double observedRate,
      double mean,
      double low,
      double high) {}

  /** Writes the weights (prior and tallies) to a file, replacing it atomically. */
  public void save(Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    root.put("prior_strength", priorStrength);
    ArrayNode evidence = root.putArray("evidence");
    List<Cell> all = new ArrayList<>();
    for (Cell[] row : cells) {
      all.addAll(List.of(row));
    }
    rules.values().stream().sorted((a, b) -> a.key.compareTo(b.key)).forEach(all::add);
    for (Cell cell : all) {
      Tally t = cell.tally;
      if (t.inspections == 0 && !cell.key.startsWith("rule:")) {
        continue;
      }
      ObjectNode e = evidence.addObject();
      e.put("key", cell.key);
      e.put("prior_mean", cell.priorMean);
      e.put("inspections", t.inspections);
      e.put("random_inspections", t.random);
      e.put("sum_w", t.sumW);
      e.put("sum_wy", t.sumWy);
      e.put("sum_w2", t.sumW2);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(parent, ".weights", ".tmp");
      mapper.writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write weights file " + file, e);
    }
  }

  /**
   * Reads weights saved by {@link #save}. Codes and severities the file does not name keep the
   * prior of {@code scoring}; a rule's prior is the one saved with it.
   *
   * @throws IllegalArgumentException naming the file, the entry and the field that is wrong
   */
  public static EvidenceWeights load(Path file, Scoring scoring) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a weights file: " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException(file + ": format must be \"" + FORMAT + "\"");
    }
    double strength = root.path("prior_strength").asDouble(Double.NaN);
    if (!(strength > 0)) {
      throw new IllegalArgumentException(file + ": prior_strength must be above 0");
    }
    EvidenceWeights weights = new EvidenceWeights(scoring, strength);
    int i = 0;
    for (JsonNode e : root.path("evidence")) {
      String where = file + ": evidence[" + i++ + "]";
      String key = e.path("key").asText("");
      Tally t =
          new Tally(
              e.path("inspections").asLong(-1),
              e.path("random_inspections").asLong(-1),
              e.path("sum_w").asDouble(Double.NaN),
              e.path("sum_wy").asDouble(Double.NaN),
              e.path("sum_w2").asDouble(Double.NaN));
      if (t.inspections < 0
          || t.random < 0
          || t.random > t.inspections
          || !(t.sumW >= 0)
          || !(t.sumWy >= 0 && t.sumWy <= t.sumW * (1 + 1e-9))
          || !(t.sumW2 >= 0)) {
        throw new IllegalArgumentException(
            where + " (" + key + "): inspections and sums must be non-negative, hits <= total");
      }
      Cell cell;
      if (key.startsWith("rule:")) {
        double mean = e.path("prior_mean").asDouble(Double.NaN);
        if (!(mean >= 0 && mean <= 1)) {
          throw new IllegalArgumentException(where + " (" + key + "): prior_mean must be 0..1");
        }
        cell = new Cell(key, mean, strength);
        weights.rules.put(key.substring(5), cell);
      } else {
        cell = weights.codeCell(key, where);
      }
      cell.set(t);
    }
    return weights;
  }

  private Cell codeCell(String key, String where) {
    int slash = key.indexOf('/');
    try {
      FindingCode code = FindingCode.valueOf(key.substring(0, Math.max(slash, 0)));
      Severity severity = Severity.valueOf(key.substring(slash + 1));
      return cells[code.ordinal()][severity.ordinal()];
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          where + ": key must be CODE/SEVERITY or rule:ID, got '" + key + "'", e);
    }
  }

  private static double clamp(double p) {
    return Math.min(1 - FLOOR, Math.max(FLOOR, p));
  }

  private record Tally(long inspections, long random, double sumW, double sumWy, double sumW2) {
    static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    Tally plus(double w, boolean violation, boolean random) {
      return new Tally(
          inspections + 1,
          this.random + (random ? 1 : 0),
          sumW + w,
          sumWy + (violation ? w : 0),
          sumW2 + w * w);
    }
  }

  private static final class Cell {
    final String key;
    final double priorMean;
    final double a0;
    final double b0;
    volatile Tally tally = Tally.NONE;
    volatile double mean;

    Cell(String key, double priorMean, double strength) {
      this.key = key;
      this.priorMean = priorMean;
      double m = clamp(priorMean);
      this.a0 = m * strength;
      this.b0 = (1 - m) * strength;
      this.mean = m;
    }

    synchronized void add(double w, boolean violation, boolean random) {
      set(tally.plus(w, violation, random));
    }

    synchronized void set(Tally t) {
      tally = t;
      mean = clamp(posterior(t).mean());
    }

    Beta posterior(Tally t) {
      if (t.sumW <= 0) {
        return new Beta(a0, b0);
      }
      double effective = t.sumW * t.sumW / t.sumW2;
      double rate = t.sumWy / t.sumW;
      return new Beta(a0 + effective * rate, b0 + effective * (1 - rate));
    }

    Estimate estimate(double credibility) {
      Tally t = tally;
      Beta b = posterior(t);
      double tail = (1 - credibility) / 2;
      return new Estimate(
          key,
          priorMean,
          t.inspections,
          t.random,
          t.sumW <= 0 ? 0 : t.sumW * t.sumW / t.sumW2,
          t.sumW <= 0 ? Double.NaN : t.sumWy / t.sumW,
          b.mean(),
          b.quantile(tail),
          b.quantile(1 - tail));
    }
  }
}
