package dev.assay.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.simulator.SimulatedDeclaration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

  /** What CaseService.recordOutcome does: the closed case in the database, then the engine. */
  private static void recordOutcome(
      ScreeningStack stack, long caseId, Declaration d, boolean violation) {
    String outcome = violation ? "SEIZED" : "CLEAN";
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    stack
        .jdbc
        .sql(
            "INSERT INTO case_file (id, declaration_id, customs_office, exporter_id, status,"
                + " opened_by, opened_at, outcome, outcome_at) VALUES (?, ?, ?, ?, 'CLOSED',"
                + " 'test', ?, ?, ?)")
        .params(caseId, d.id(), d.customsOffice(), d.exporter().code().value(), now, outcome, now)
        .update();
    stack.engine.learnOutcome(d, CaseService.engineOutcome(outcome));
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
    try (ScreeningStack first = new ScreeningStack(name, 1_000_000)) {
      history(first);
      drawnBefore = first.count("drawdown");
      storedBefore = first.count("assessment");
    }
    List<String> restarted;
    try (ScreeningStack second = new ScreeningStack(name, 1_000_000)) {
      EngineReplay.Replayed replayed = second.engine.awaitReplay();
      assertThat(replayed.declarations()).isEqualTo(HISTORY);
      assertThat(replayed.outcomes()).isPositive();
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
      assertThat(followUps(second)).isNotEqualTo(neverRestarted);
    }
  }
}
