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

  @Test
  void a_trade_word_contradicted_by_another_counts_in_full() {
    // Capital against Holding: two companies of one group, not one company; the two trade words
    // used to count a third each and left the pair near review (0.78).
    assertThat(score("Veldmark Orsa International Holding", "Veldmark Orsa International Capital"))
        .isLessThan(0.75);
    // Hits: the same words, and a trade word left out on one side only.
    assertThat(score("Veldmark Orsa International Holding", "Veldmark Orsa International Holding"))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("Veldmark Orsa International Holding", "Veldmark Orsa Holding"))
        .isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void name_particles_weigh_like_common_given_names() {
    // Two "ben" shared, the father's name different: another person.
    assertThat(score("Nabil Ben Ali Ben Tahar Sassi", "Nabil Ben Mohamed Ben Tahar Sassi"))
        .isLessThan(0.8);
    assertThat(NameNormalizer.standard().normalize("bin").tokens().getFirst().generic()).isTrue();
    // Hit: the same chain.
    assertThat(score("Nabil bin Ali bin Tahar Sassi", "NABIL BIN ALI BIN TAHAR SASSI"))
        .isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void a_digit_written_for_a_letter_inside_a_word_is_read_as_the_letter() {
    assertThat(score("Boris Kalinov", "B0ris Kal1nov")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("Boris Kalinov", "Bor1s Ka9inov")).isGreaterThanOrEqualTo(0.8);
    // Near misses: codes and model numbers stay as written.
    assertThat(Numbers.lookAlike("a320")).isNull();
    assertThat(Numbers.lookAlike("3m")).isNull();
    assertThat(Numbers.lookAlike("kal1nov")).isEqualTo("kalinov");
    assertThat(score("Boris Kalinov", "B0ris Ka12nov")).isLessThan(0.92);
  }

  @Test
  void the_romanian_limited_company_written_out_is_srl() {
    assertThat(score("SRL Danubia Trans", "Societatea cu Răspundere Limitată Danubia Trans"))
        .isGreaterThanOrEqualTo(0.92);
    // Near miss: another name after the same form.
    assertThat(score("SRL Danubia Trans", "Societatea cu Răspundere Limitată Dunarea Trans"))
        .isLessThan(0.8);
  }
}
