package dev.assay.evaluation;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Assessment;
import dev.assay.risk.Lane;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Compares the assessments of the same declarations under two configurations, A (as things are) and
 * B (the change an analyst considers: another as-of date, control list, weights, capacity): which
 * declarations B sends to physical inspection that A does not, and the reverse, how the lanes fill
 * per office, and what each would find. Fed one declaration at a time, with both assessments, so a
 * replay streams.
 */
public final class Backtest {
  private final int listed;
  private final Side a = new Side();
  private final Side b = new Side();
  private final List<Backtest.Change> newlyRed = new ArrayList<>();
  private final List<Backtest.Change> cleared = new ArrayList<>();
  private long newlyRedCount;
  private long clearedCount;
  private long labelled;
  private long declarations;

  /**
   * @param listed how many changed declarations each list keeps (the counts are always complete)
   */
  public Backtest(int listed) {
    this.listed = listed;
  }

  public void add(Declaration declaration, Assessment inA, Assessment inB, Optional<Label> label) {
    declarations++;
    Optional<Boolean> violation = label.map(l -> l.outcome() == Outcome.VIOLATION);
    if (label.isPresent()) {
      labelled++;
    }
    a.add(declaration, inA, violation);
    b.add(declaration, inB, violation);
    boolean redA = inA.lane() == Lane.RED;
    boolean redB = inB.lane() == Lane.RED;
    if (redB && !redA) {
      if (newlyRedCount++ < listed) {
        newlyRed.add(Change.of(declaration, inA, inB, violation));
      }
    } else if (redA && !redB) {
      if (clearedCount++ < listed) {
        cleared.add(Change.of(declaration, inA, inB, violation));
      }
    }
  }

  public BacktestReport report() {
    return new BacktestReport(
        declarations,
        labelled,
        newlyRedCount,
        clearedCount,
        List.copyOf(newlyRed),
        List.copyOf(cleared),
        a.load(labelled > 0),
        b.load(labelled > 0));
  }

  /**
   * One declaration whose lane changed.
   *
   * @param violation its label where known
   */
  public record Change(
      String declarationId,
      String office,
      double scoreA,
      Lane laneA,
      double scoreB,
      Lane laneB,
      Optional<Boolean> violation) {
    static Change of(Declaration d, Assessment a, Assessment b, Optional<Boolean> violation) {
      return new Change(
          d.id(), d.customsOffice(), a.score(), a.lane(), b.score(), b.lane(), violation);
    }
  }

  /** Lane loads and yield under one configuration. */
  private static final class Side {
    private final Map<Lane, Long> lanes = new EnumMap<>(Lane.class);
    private final Map<String, Map<Lane, Long>> offices = new TreeMap<>();
    private long redViolations;
    private double redScore;
    private long flagged;

    void add(Declaration d, Assessment assessment, Optional<Boolean> violation) {
      Lane lane = assessment.lane();
      lanes.merge(lane, 1L, Long::sum);
      offices
          .computeIfAbsent(d.customsOffice(), o -> new EnumMap<>(Lane.class))
          .merge(lane, 1L, Long::sum);
      if (!assessment.findings().isEmpty()) {
        flagged++;
      }
      if (lane == Lane.RED) {
        redScore += assessment.score();
        if (violation.orElse(false)) {
          redViolations++;
        }
      }
    }

    BacktestReport.Load load(boolean labelled) {
      return new BacktestReport.Load(
          new EnumMap<>(lanes),
          new TreeMap<>(offices),
          flagged,
          labelled ? OptionalLong.of(redViolations) : OptionalLong.empty(),
          redScore);
    }
  }
}
