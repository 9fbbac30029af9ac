package dev.assay.evaluation;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.risk.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures screening on labelled declarations: collects each declaration's score, label, value,
 * finding codes and lane as it is screened (compactly, so millions fit), then ranks them all by
 * score and reports what inspecting the top 1, 2, 5 and 10% would find.
 *
 * <p>Declarations with equal scores are ranked in a fixed pseudo-random order (a hash of their
 * position): where the cut of an inspection rate falls inside a tie, typically among the many
 * declarations without a finding, what it takes from the tie is a fair draw, neither the file's
 * first declarations nor anything that favours the evaluation.
 */
public final class RankingEvaluation {
  /** The inspection rates of the report. */
  public static final List<Double> RATES = List.of(0.01, 0.02, 0.05, 0.10);

  private static final FindingCode[] CODES = FindingCode.values();

  private double[] scores = new double[1024];
  private double[] values = new double[1024];
  private int[] codes = new int[1024];
  private short[] typologies = new short[1024];
  private byte[] outcomes = new byte[1024];
  private byte[] lanes = new byte[1024];
  private final List<String> typologyNames = new ArrayList<>();
  private final Map<String, Short> typologyIndex = new LinkedHashMap<>();
  private int n;
  private int unlabelled;

  /**
   * Records one screened declaration.
   *
   * @param label its label; declarations without one are counted and left out of the metrics
   */
  public void add(Declaration declaration, Assessment assessment, java.util.Optional<Label> label) {
    if (label.isEmpty()) {
      unlabelled++;
      return;
    }
    if (n == scores.length) {
      int size = n * 2;
      scores = Arrays.copyOf(scores, size);
      values = Arrays.copyOf(values, size);
      codes = Arrays.copyOf(codes, size);
      typologies = Arrays.copyOf(typologies, size);
      outcomes = Arrays.copyOf(outcomes, size);
      lanes = Arrays.copyOf(lanes, size);
    }
    scores[n] = assessment.score();
    values[n] = declaration.totalValueUsd();
    int mask = 0;
    for (Finding f : assessment.findings()) {
      mask |= 1 << f.code().ordinal();
    }
    codes[n] = mask;
    boolean violation = label.get().outcome() == Outcome.VIOLATION;
    outcomes[n] = (byte) (violation ? 1 : 0);
    typologies[n] = violation ? typology(label.get().typology().orElse("unspecified")) : (short) -1;
    boolean randomRed =
        assessment.lane() == Lane.RED && assessment.laneReason() == Selection.Reason.RANDOM;
    lanes[n] = (byte) (assessment.lane() != Lane.RED ? 0 : randomRed ? 2 : 1);
    n++;
  }

  private short typology(String name) {
    return typologyIndex.computeIfAbsent(
        name,
        t -> {
          typologyNames.add(t);
          return (short) (typologyNames.size() - 1);
        });
  }

  /** The metrics over everything added. */
  public EvaluationReport report() {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byScore = Double.compare(scores[b], scores[a]);
          return byScore != 0 ? byScore : Long.compare(tieBreak(a), tieBreak(b));
        });

    int t = typologyNames.size();
    long violations = 0;
    double violatingValue = 0;
    long[] typologyCount = new long[t];
    double[] typologyValue = new double[t];
    long clean = 0;
    long cleanRedByScore = 0;
    long randomRed = 0;
    long[] fired = new long[CODES.length];
    long[] firedViolations = new long[CODES.length];
    for (int i = 0; i < n; i++) {
      boolean violation = outcomes[i] == 1;
      if (violation) {
        violations++;
        violatingValue += values[i];
        typologyCount[typologies[i]]++;
        typologyValue[typologies[i]] += values[i];
      } else {
        clean++;
        if (lanes[i] == 1) {
          cleanRedByScore++;
        }
      }
      if (lanes[i] == 2) {
        randomRed++;
      }
      for (int c = 0; c < CODES.length; c++) {
        if ((codes[i] & (1 << c)) != 0) {
          fired[c]++;
          if (violation) {
            firedViolations[c]++;
          }
        }
      }
    }

    List<EvaluationReport.AtRate> atRates = new ArrayList<>();
    for (double rate : RATES) {
      int k = (int) Math.min(n, Math.ceil(rate * n));
      long found = 0;
      double foundValue = 0;
      long[] typologyFound = new long[t];
      double[] typologyFoundValue = new double[t];
      for (int r = 0; r < k; r++) {
        int i = order[r];
        if (outcomes[i] == 1) {
          found++;
          foundValue += values[i];
          typologyFound[typologies[i]]++;
          typologyFoundValue[typologies[i]] += values[i];
        }
      }
      Map<String, EvaluationReport.TypologyAtRate> byTypology = new TreeMap<>();
      for (int y = 0; y < t; y++) {
        byTypology.put(
            typologyNames.get(y),
            new EvaluationReport.TypologyAtRate(
                typologyCount[y],
                typologyFound[y],
                ratio(typologyFound[y], typologyCount[y]),
                ratio(typologyFoundValue[y], typologyValue[y])));
      }
      atRates.add(
          new EvaluationReport.AtRate(
              rate,
              k,
              found,
              ratio(found, k),
              ratio(found, violations),
              ratio(foundValue, violatingValue),
              k == 0 ? 0 : scores[order[k - 1]],
              byTypology));
    }

    List<EvaluationReport.DetectorStats> detectors = new ArrayList<>();
    for (FindingCode code : CODES) {
      int c = code.ordinal();
      if (fired[c] > 0) {
        detectors.add(
            new EvaluationReport.DetectorStats(
                code,
                fired[c],
                ratio(fired[c], n),
                ratio(firedViolations[c], fired[c]),
                ratio(firedViolations[c], violations)));
      }
    }
    return new EvaluationReport(
        n,
        unlabelled,
        violations,
        violatingValue,
        atRates,
        detectors,
        ratio(cleanRedByScore, clean),
        ratio(randomRed, n));
  }

  /** SplitMix64 of a position: a fixed order among equal scores that owes nothing to the file. */
  private static long tieBreak(int position) {
    long z = position * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static double ratio(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
