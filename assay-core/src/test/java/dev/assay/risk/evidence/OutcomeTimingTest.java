package dev.assay.risk.evidence;

import static dev.assay.risk.evidence.EvidenceFixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** An outcome reaches screening only once it is known, never a declaration screened before. */
class OutcomeTimingTest {
  private static final LocalDate DAY1 = LocalDate.of(2025, 3, 3);
  private static final double PRIOR =
      Scoring.bundled().weight(FindingCode.VALUE_ANOMALY, Severity.MEDIUM);

  /** Raises soft evidence on every declaration and records when it is told outcomes. */
  private static final class Indicator implements Detector {
    final List<String> learned = new ArrayList<>();
    LocalDate lastScreened;

    @Override
    public FindingCode code() {
      return FindingCode.VALUE_ANOMALY;
    }

    @Override
    public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
      lastScreened = declaration.declaration().declaredAt();
      findings.accept(
          new Finding(
              code(), Severity.MEDIUM, OptionalInt.of(1), "price", Map.of(), "reference prices"));
    }

    @Override
    public void learnOutcome(Declaration declaration, Outcome outcome) {
      learned.add(declaration.id() + "@" + lastScreened);
    }
  }

  private static Screener screener(Indicator indicator, int delayDays) {
    return new Screener(
            ControlList.bundled(), List.of(indicator), Scoring.bundled(), Optional.empty())
        .withEvidenceWeights(EvidenceWeights.prior(Scoring.bundled()))
        .withOutcomeDelay(delayDays);
  }

  @Test
  void an_outcome_learned_now_waits_for_the_day_it_is_known() {
    Indicator indicator = new Indicator();
    Screener screener = screener(indicator, 14);
    for (int i = 0; i < 40; i++) {
      Declaration d = declaration("A" + i, DAY1, "DE", "7801910000");
      assertThat(screener.screen(d).score()).isCloseTo(PRIOR, within(1e-9));
      screener.learnOutcome(d, Outcome.CLEAN, false);
    }
    // Screened the same day and up to the day before the results are known: the prior, untouched.
    Assessment sameDay = screener.screen(declaration("B1", DAY1, "DE", "7801910000"));
    Assessment dayBefore =
        screener.screen(declaration("B2", DAY1.plusDays(13), "DE", "7801910000"));
    assertThat(sameDay.score()).isCloseTo(PRIOR, within(1e-9));
    assertThat(dayBefore.score()).isCloseTo(PRIOR, within(1e-9));
    assertThat(indicator.learned).isEmpty();

    Assessment known = screener.screen(declaration("B3", DAY1.plusDays(14), "DE", "7801910000"));
    assertThat(known.score()).isLessThan(PRIOR / 3);
    // learned when the day-14 declaration arrived, before it was inspected (last seen: day 13)
    assertThat(indicator.learned).hasSize(40).allMatch(s -> s.endsWith("@" + DAY1.plusDays(13)));
  }

  @Test
  void labels_in_the_stream_are_held_back_by_the_delay_too() {
    Indicator indicator = new Indicator();
    Screener screener = screener(indicator, 7);
    for (int i = 0; i < 40; i++) {
      screener.screen(
          declaration("L" + i, DAY1, "DE", "7801910000", null, Optional.of(Outcome.VIOLATION)));
    }
    assertThat(screener.screen(declaration("X1", DAY1.plusDays(6), "DE", "7801910000")).score())
        .isCloseTo(PRIOR, within(1e-9));
    assertThat(screener.screen(declaration("X2", DAY1.plusDays(7), "DE", "7801910000")).score())
        .isGreaterThan(0.7);
  }

  @Test
  void without_a_delay_an_outcome_counts_from_the_next_declaration_and_never_the_one_before() {
    Indicator indicator = new Indicator();
    Screener screener = screener(indicator, 0);
    Declaration first = declaration("F", DAY1, "DE", "7801910000");
    Assessment before = screener.screen(first);
    for (int i = 0; i < 40; i++) {
      screener.learnOutcome(first, Outcome.CLEAN, false);
    }
    assertThat(before.score()).isCloseTo(PRIOR, within(1e-9));
    assertThat(indicator.learned).hasSize(40);
    // the outcomes of one screened declaration are learned against the findings it had, once
    assertThat(screener.screen(declaration("G", DAY1, "DE", "7801910000")).score())
        .isLessThan(PRIOR);
  }
}
