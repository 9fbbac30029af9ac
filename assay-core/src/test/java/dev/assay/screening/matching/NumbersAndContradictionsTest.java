package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Numbers written as words or digits, words contradicting each other however common they are, and
 * Hangul names compared by their syllables. Names invented for these tests.
 */
class NumbersAndContradictionsTest {

  @Test
  void number_words_and_ordinals_are_the_numbers_they_stand_for() {
    assertThat(score("Brigade 44", "Brigade Forty-Four")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("Brigade 44", "Brigade forty four")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("First Meridian Bank", "1st Meridian Bank")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("Three Harbours Holding", "3 Harbours Holding")).isGreaterThanOrEqualTo(0.92);
    // Near misses: another number is another unit.
    assertThat(score("Brigade 44", "Brigade Forty-Five")).isLessThan(0.8);
    assertThat(score("Second Meridian Bank", "1st Meridian Bank")).isLessThan(0.92);
  }

  @Test
  void initials_still_read_a_number_word_by_its_letter() {
    // "Six" is compared as 6, but its initial is still s.
    assertThat(NameNormalizer.standard().normalize("Red Six Solutions").initials())
        .isEqualTo("rss");
    assertThat(score("Red Six Solutions", "RSS")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Red Six Solutions", "RTS")).isLessThan(0.8);
  }

  @Test
  void a_common_given_name_contradicted_by_another_counts_in_full() {
    // Mohamed against Ahmed: two given names, two people, however common both names are.
    assertThat(score("Karim Anwar Haddad Ahmed", "Karim Anwar Haddad Mohamed")).isLessThan(0.8);
    assertThat(score("Nabil Ben Ali Ben Tahar Sassi", "Nabil Ben Mohamed Ben Tahar Sassi"))
        .isLessThan(0.92);
    // Hits: the same name, and a common given name left out on one side only (not contradicted).
    assertThat(score("Karim Anwar Haddad Ahmed", "Karim Anwar Haddad Ahmad"))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("Karim Anwar Haddad Ahmed", "Karim Anwar Haddad")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void two_hangul_names_are_compared_by_their_syllables() {
    // 종 and 정 are both romanized "jong" (the North Korean spelling of 정): another syllable.
    assertThat(score("김정철", "김종철")).isLessThan(0.8);
    // 형 and 명 are a letter apart in Latin, two syllables in Hangul.
    assertThat(score("박재명", "박재형")).isLessThan(0.8);
    // Hits: the same Hangul name, and its Latin spellings.
    assertThat(score("김정철", "김정철")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("김정철", "Kim Jong Chol")).isGreaterThanOrEqualTo(0.8);
  }
}
