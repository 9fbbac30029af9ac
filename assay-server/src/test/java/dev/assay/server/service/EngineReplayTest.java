package dev.assay.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Scoring;
import dev.assay.risk.evidence.EvidenceWeights;
import dev.assay.simulator.SimulatedDeclaration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server restarted on the same database scores a follow-up declaration as one that never
 * restarted: the engine's learned state (profiles, bands, party network, parcel series, lanes,
 * recorded outcomes) is rebuilt from the stored declarations and outcomes, without drawing on a
 * license or storing an assessment again.
 */
class EngineReplayTest {
  private static final int HISTORY = 900;
  private static final int FOLLOW_UPS = 200;

  private static ScreeningStack.Trade trade;
  private static List<String> neverRestarted;
  private static long drawnByFollowUps;

  /** The reference: one server that screens the history and the follow-ups without a restart. */
  @BeforeAll
  static void neverRestarted() throws Exception {
    trade = ScreeningStack.trade(31, HISTORY + FOLLOW_UPS);
    try (ScreeningStack server = new ScreeningStack("never-" + System.nanoTime(), 1_000_000)) {
      history(server);
      long before = server.count("drawdown");
      neverRestarted = followUps(server);
      drawnByFollowUps = server.count("drawdown") - before;
    }
  }

  /** Screens the history and records outcomes of some of it, as the case desk does. */
  private static void history(ScreeningStack stack) {
    stack.storeLicenses(trade.licenses());
    List<SimulatedDeclaration> history = trade.declarations().subList(0, HISTORY);
    long caseId = 0;
    for (int i = 0; i < history.size(); i++) {
      SimulatedDeclaration s = history.get(i);
      stack.service.screen(s.unlabelled(), null);
      // Every violation and every tenth clean declaration of the first half gets an inspection
      // outcome, recorded midway through the history (so later screenings know it).
      if (i == HISTORY / 2) {
        for (SimulatedDeclaration inspected : history.subList(0, HISTORY / 2)) {
          boolean violation = inspected.truth().outcome() == Outcome.VIOLATION;
          if (violation || inspected.declaration().id().hashCode() % 10 == 0) {
            recordOutcome(stack, ++caseId, inspected.unlabelled(), violation);
          }
        }
      }
    }
  }

  private static void recordOutcome(
      ScreeningStack stack, long caseId, Declaration d, boolean violation) {
    stack.recordOutcome(caseId, d, violation ? "SEIZED" : "CLEAN");
  }

  private static List<String> followUps(ScreeningStack stack) {
    List<String> results = new ArrayList<>();
    for (SimulatedDeclaration s : trade.declarations().subList(HISTORY, HISTORY + FOLLOW_UPS)) {
      results.add(stack.service.screen(s.unlabelled(), null).stored().resultJson());
    }
    return results;
  }

  @Test
  void aRestartedServerScoresFollowUpsAsOneThatNeverRestarted() throws Exception {
    String name = "restarted-" + System.nanoTime();
    long drawnBefore;
    long storedBefore;
    List<EvidenceWeights.Estimate> weightsBefore;
    try (ScreeningStack first = new ScreeningStack(name, 1_000_000)) {
      history(first);
      drawnBefore = first.count("drawdown");
      storedBefore = first.count("assessment");
      weightsBefore = first.engine.weights().estimates(0.9);
    }
    // The recorded outcomes moved the weights away from the shipped priors.
    assertThat(weightsBefore).isNotEqualTo(prior());
    assertThat(weightsBefore)
        .anySatisfy(
            e -> {
              assertThat(e.inspections()).isPositive();
              assertThat(e.mean())
                  .isNotCloseTo(e.priorMean(), org.assertj.core.data.Offset.offset(1e-3));
            });
    List<String> restarted;
    try (ScreeningStack second = new ScreeningStack(name, 1_000_000)) {
      EngineReplay.Replayed replayed = second.engine.awaitReplay();
      assertThat(replayed.declarations()).isEqualTo(HISTORY);
      assertThat(replayed.outcomes()).isPositive();
      assertThat(replayed.outcomesBeyondWindow()).isZero();
      // The same weights, to the last tally: the outcomes were taught through the same path, in
      // the same order among the same screenings.
      assertThat(second.engine.weights().estimates(0.9)).isEqualTo(weightsBefore);
      restarted = followUps(second);
      assertThat(second.count("assessment")).isEqualTo(storedBefore + FOLLOW_UPS);
      assertThat(second.count("drawdown")).isEqualTo(drawnBefore + drawnByFollowUps);
    }
    assertThat(restarted).containsExactlyElementsOf(neverRestarted);
    // The follow-ups do depend on what was learned: the history shows in their findings.
    assertThat(String.join("\n", neverRestarted)).contains("PROFILE_ANOMALY");
  }

  @Test
  void withoutTheReplayARestartedServerWouldScoreThemOtherwise() throws Exception {
    String name = "forgetful-" + System.nanoTime();
    try (ScreeningStack first = new ScreeningStack(name, 1_000_000)) {
      history(first);
    }
    try (ScreeningStack second = new ScreeningStack(name, 0)) {
      EngineReplay.Replayed replayed = second.engine.awaitReplay();
      // Every outcome is taught again, but none of its declarations was screened again: the
      // detectors learn them, the weights cannot, and the replay says so.
      assertThat(replayed.outcomesBeyondWindow()).isEqualTo(replayed.outcomes()).isPositive();
      assertThat(second.engine.weights().estimates(0.9)).isEqualTo(prior());
      assertThat(followUps(second)).isNotEqualTo(neverRestarted);
    }
  }

  private static List<EvidenceWeights.Estimate> prior() {
    return EvidenceWeights.prior(Scoring.bundled()).estimates(0.9);
  }
}
