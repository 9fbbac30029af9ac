package dev.assay.screening.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatcher;
import org.junit.jupiter.api.Test;

/** The shipped evaluation set is reproducible, and the matcher meets its targets on it. */
class EvaluationTest {

  @Test
  void the_shipped_labelled_set_is_what_the_seeded_generator_makes() {
    EvaluationSetGenerator generator = new EvaluationSetGenerator(EvaluationSetGenerator.SEED);

    assertThat(generator.labelledPairs()).isEqualTo(EvaluationData.text("labelled-pairs.csv"));
    assertThat(generator.cleanNames()).isEqualTo(EvaluationData.text("clean-names.csv"));
  }

  @Test
  void the_labelled_set_covers_every_kind_of_variant_and_hard_negative() {
    assertThat(EvaluationData.pairs())
        .extracting(LabelledPair::variant)
        .contains(
            "chinese-name",
            "english-name",
            "traditional-chinese",
            "pinyin",
            "typo",
            "word-order",
            "legal-form",
            "case-width-punctuation",
            "abbreviation",
            "transliteration",
            "distinctive-word-replaced",
            "sibling",
            "common-words",
            "chinese-other-characters");
    assertThat(EvaluationData.pairs()).filteredOn(p -> !p.match()).hasSizeGreaterThan(200);
    assertThat(EvaluationData.cleanNames()).hasSize(EvaluationSetGenerator.CLEAN_NAMES);
  }

  @Test
  void
      at_the_configured_thresholds_f1_is_at_least_0_9_and_at_most_1_percent_of_clean_names_are_flagged() {
    PartyMatcher matcher = PartyMatcher.over(EvaluationData.lists(), MatchSettings.bundled());

    EvaluationReport report =
        new Evaluator(matcher, EvaluationData.DAY)
            .evaluate(EvaluationData.pairs(), EvaluationData.cleanNames());

    assertThat(report.overall().f1()).as(report.format()).isGreaterThanOrEqualTo(0.9);
    assertThat(report.cleanFlaggedRate())
        .as(report.flaggedCleanNames().toString())
        .isLessThanOrEqualTo(0.01);
    assertThat(report.byVariant().get("chinese-name").recall()).isEqualTo(1.0);
    assertThat(report.byVariant().get("english-name").recall()).isEqualTo(1.0);
  }

  @Test
  void counts_give_precision_recall_and_f1() {
    Counts c = new Counts(8, 2, 2, 88);

    assertThat(c.precision()).isEqualTo(0.8);
    assertThat(c.recall()).isEqualTo(0.8);
    assertThat(c.f1()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
  }
}
