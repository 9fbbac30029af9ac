package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameScorerTest {
  private final NameNormalizer normalizer = NameNormalizer.standard();
  private final NameScorer scorer = new NameScorer();

  private NameScore score(String screened, String listed) {
    return scorer.score(normalizer.normalize(screened), normalizer.normalize(listed));
  }

  @Test
  void the_same_name_scores_one() {
    assertThat(score("Lockheed Martin Corporation", "LOCKHEED MARTIN CORP.").score())
        .isEqualTo(1.0);
  }

  @Test
  void word_order_does_not_matter() {
    assertThat(score("Martin Lockheed", "Lockheed Martin").score()).isEqualTo(1.0);
  }

  @Test
  void a_typo_costs_a_little_and_is_explained() {
    NameScore s = score("Lokheed Martin", "Lockheed Martin");

    assertThat(s.score()).isBetween(0.85, 0.99);
    assertThat(s.matches())
        .anySatisfy(
            m -> {
              assertThat(m.kind()).isEqualTo(MatchKind.TYPO);
              assertThat(m.screened()).isEqualTo("lokheed");
              assertThat(m.listed()).isEqualTo("lockheed");
            });
  }

  @Test
  void an_adjacent_swap_counts_as_one_typo() {
    assertThat(NameScorer.similarity("lcokheed", "lockheed")).isGreaterThan(0.8);
  }

  @Test
  void short_words_need_more_than_one_letter_in_common_to_pass_as_a_typo() {
    assertThat(NameScorer.similarity("lanmo", "lanto")).isLessThan(0.8);
  }

  @Test
  void a_shortening_matches_as_an_abbreviation() {
    NameScore s = score("Gen. Dynamics", "General Dynamics");

    assertThat(s.matches()).anyMatch(m -> m.kind() == MatchKind.ABBREVIATION);
    assertThat(s.score()).isGreaterThan(0.8);
  }

  @Test
  void initials_match_a_name_of_three_or_more_words() {
    NameScore s = score("GDLS", "General Dynamics Land Systems");

    assertThat(s.score()).isEqualTo(NameScorer.INITIALS_SIMILARITY);
    assertThat(s.matches().getFirst().kind()).isEqualTo(MatchKind.INITIALS);
  }

  @Test
  void names_spaced_differently_match_written_together() {
    NameScore s = score("Iron Mountain Solutions", "IronMountain Solutions");

    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.matches().getFirst().kind()).isEqualTo(MatchKind.SPACING);
  }

  @Test
  void pinyin_matches_the_chinese_name() {
    assertThat(score("Zhongxin Zaochuan", "中信造船股份有限公司").score()).isEqualTo(1.0);
  }

  @Test
  void sharing_only_generic_words_is_not_a_match() {
    assertThat(score("International Trading Co., Ltd.", "Oceaneering International, Inc.").score())
        .isLessThan(0.5);
  }

  @Test
  void a_known_abbreviation_is_its_word_not_the_start_of_another() {
    // "Tech" is technology: one company trading in Korea is not TechInsights Korea
    assertThat(score("Korea Tech Inc.", "TechInsights Korea Co. Ltd.").score()).isLessThan(0.8);
    // near miss: an abbreviation of the listed word still matches it
    assertThat(score("Intelligent Epitaxy Tech Inc", "Intelligent Epitaxy Technology").score())
        .isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void a_different_brand_with_the_same_trade_words_is_not_a_match() {
    assertThat(score("Summit Trading", "Summit Technologies").score()).isLessThan(0.8);
    assertThat(score("Pinnacle Technologies", "Summit Technologies").score()).isLessThan(0.5);
  }

  @Test
  void unmatched_words_are_reported_on_both_sides() {
    NameScore s = score("Lockheed Martin Ventures", "Lockheed Martin Aeronautics");

    assertThat(s.unmatchedScreened()).containsExactly("ventures");
    assertThat(s.unmatchedListed()).containsExactly("aeronautics");
  }
}
