package dev.assay.risk.evidence;

import static dev.assay.risk.evidence.EvidenceFixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.controllist.ControlList;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The learned weight of a soft sub-signal is the rate of violations among declarations that carried
 * it, each counted once; scoring uses it the same way, however many goods lines raised it.
 */
class RepeatedSoftEvidenceTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 8);

  /** Raises one soft finding per listed sub-signal, as a per-line detector does on each line. */
  private static Detector raising(String... patterns) {
    return new Detector() {
      @Override
      public FindingCode code() {
        return FindingCode.VALUE_ANOMALY;
      }

      @Override
      public void inspect(EnrichedDeclaration d, Consumer<Finding> findings) {
        for (int i = 0; i < patterns.length; i++) {
          findings.accept(
              new Finding(
                  code(),
                  Severity.MEDIUM,
                  OptionalInt.of(i + 1),
                  "value",
                  Map.of("pattern", patterns[i]),
                  "law"));
        }
      }
    };
  }

  private static Screener learnedScreener(Detector detector, EvidenceWeights weights) {
    return new Screener(
            ControlList.bundled(), List.of(detector), Scoring.bundled(), Optional.empty())
        .withEvidenceWeights(weights);
  }

  @Test
  void one_sub_signal_on_four_lines_weighs_what_it_learned_once() {
    Scoring scoring = Scoring.bundled();
    EvidenceWeights weights = EvidenceWeights.prior(scoring);
    Finding one =
        EvidenceFixtures.finding(
            FindingCode.VALUE_ANOMALY, Severity.MEDIUM, Map.of("pattern", "below"));
    // ten inspected declarations carrying the key, all clean: its weight falls below the prior
    for (int i = 0; i < 10; i++) {
      weights.observe(List.of(one, one), false, 1.0);
    }
    double learned = weights.weight(one);
    assertThat(learned).isLessThan(scoring.weight(FindingCode.VALUE_ANOMALY, Severity.MEDIUM));

    Assessment a =
        learnedScreener(raising("below", "below", "below", "below"), weights)
            .screen(declaration("R1", DAY, "DE", "7801910000"));

    assertThat(a.findings()).hasSize(4);
    assertThat(a.score()).isCloseTo(learned, within(1e-9));
    assertThat(a.contributions())
        .allSatisfy(c -> assertThat(c).isCloseTo(learned / 4, within(1e-9)));
  }

  @Test
  void near_miss_two_sub_signals_are_two_pieces_of_evidence() {
    EvidenceWeights weights = EvidenceWeights.prior(Scoring.bundled());
    double w = Scoring.bundled().weight(FindingCode.VALUE_ANOMALY, Severity.MEDIUM);

    Assessment a =
        learnedScreener(raising("below", "above"), weights)
            .screen(declaration("R2", DAY, "DE", "7801910000"));

    assertThat(a.score()).isCloseTo(1 - (1 - w) * (1 - w), within(1e-9));
  }
}
