package dev.assay.screening.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatcher;
import java.util.List;
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
  void the_class_set_has_true_pairs_and_hard_negatives_in_both_parts_of_every_class() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    EvaluationData.lists().stream()
        .filter(l -> l.id().equals(EvaluationData.CLASSES_ID))
        .forEach(l -> l.entries().forEach(e -> keys.add(e.key())));
    List<ClassPair> pairs = EvaluationData.classPairs();

    assertThat(pairs).extracting(c -> c.pair().entryKey()).allMatch(keys::contains);
    assertThat(pairs)
        .extracting(ClassPair::category)
        .contains(
            "legal-form",
            "compound",
            "arabic",
            "wade-giles",
            "korean",
            "japanese",
            "hebrew",
            "thai",
            "greek",
            "cyrillic",
            "initials-nicknames",
            "common-words",
            "chinese-short-name",
            "word-order");
    for (String category : pairs.stream().map(ClassPair::category).distinct().toList()) {
      for (String part : List.of(ClassPair.TUNE, ClassPair.HELD_OUT)) {
        for (boolean label : List.of(true, false)) {
          assertThat(pairs)
              .as(category + " " + part + " " + label)
              .anyMatch(
                  c ->
                      c.category().equals(category)
                          && c.part().equals(part)
                          && c.pair().match() == label);
        }
      }
    }
  }

  @Test
  void the_report_gives_each_class_its_own_counts_per_part() {
    PartyMatcher matcher = PartyMatcher.over(EvaluationData.lists(), MatchSettings.bundled());
    List<ClassPair> pairs = EvaluationData.classPairs();

    EvaluationReport report =
        new Evaluator(matcher, EvaluationData.DAY).evaluate(List.of(), pairs, List.of());

    long heldOutLegal =
        pairs.stream()
            .filter(c -> c.category().equals("legal-form") && c.part().equals(ClassPair.HELD_OUT))
            .count();
    assertThat(report.byClass())
        .filteredOn(c -> c.category().equals("legal-form") && c.part().equals(ClassPair.HELD_OUT))
        .singleElement()
        .extracting(c -> (long) c.counts().total())
        .isEqualTo(heldOutLegal);
    assertThat(report.byClass())
        .filteredOn(c -> c.category().equals("all") && c.part().equals(ClassPair.TUNE))
        .singleElement()
        .extracting(c -> (long) c.counts().total())
        .isEqualTo(pairs.stream().filter(c -> c.part().equals(ClassPair.TUNE)).count());
    // The class pairs are reported apart: the generated set's figures are not changed by them.
    assertThat(report.overall().total()).isZero();
    assertThat(report.format()).contains("By class").contains("held-out");
  }

  @Test
  void counts_give_precision_recall_and_f1() {
    Counts c = new Counts(8, 2, 2, 88);

    assertThat(c.precision()).isEqualTo(0.8);
    assertThat(c.recall()).isEqualTo(0.8);
    assertThat(c.f1()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
  }
}
