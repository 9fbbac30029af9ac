package dev.assay.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.Assessment;
import dev.assay.risk.Lane;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingEvaluationTest {
  private static final CountryCode DE = new CountryCode("DE");

  private static Declaration declaration(int i) {
    return new Declaration(
        "D" + i,
        LocalDate.of(2025, 1, 2),
        "5300",
        new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Maker"),
        new Party("Buyer", DE, "1 Road"),
        null,
        DE,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1100),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1, new HsCode("6403990000"), "shoes", 100, "PAIR", 1000, 100, Optional.empty())),
        Optional.empty());
  }

  private static Optional<Label> label(boolean violation) {
    return Optional.of(
        violation
            ? new Label(Outcome.VIOLATION, Optional.of("hidden_goods"))
            : new Label(Outcome.CLEAN, Optional.empty()));
  }

  @Test
  void a_cut_inside_a_tie_is_a_fair_draw_not_the_first_declarations_of_the_file() {
    RankingEvaluation evaluation = new RankingEvaluation();
    // 1,000 declarations without a finding; the first 50 of the file are the violations.
    for (int i = 0; i < 1000; i++) {
      Declaration d = declaration(i);
      evaluation.add(d, new Assessment(d.id(), 0, Lane.GREEN, List.of()), label(i < 50));
    }

    EvaluationReport.AtRate atFivePercent = evaluation.report().atRates().get(2);

    assertThat(atFivePercent.inspected()).isEqualTo(50);
    // The file's order would find all 50; a fair draw of 50 from 1,000 finds about 2.5.
    assertThat(atFivePercent.found()).isLessThanOrEqualTo(8);
  }

  @Test
  void higher_scores_are_inspected_before_any_tie() {
    RankingEvaluation evaluation = new RankingEvaluation();
    for (int i = 0; i < 100; i++) {
      Declaration d = declaration(i);
      double score = i == 99 ? 0.9 : 0;
      evaluation.add(d, new Assessment(d.id(), score, Lane.GREEN, List.of()), label(i == 99));
    }

    EvaluationReport.AtRate atOnePercent = evaluation.report().atRates().get(0);

    assertThat(atOnePercent.found()).isEqualTo(1);
    assertThat(atOnePercent.recall()).isEqualTo(1.0);
  }
}
