package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Camel-case gluing, given-name variants and nicknames, initials. */
class NameVariantsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final NameNormalizer N = NameNormalizer.standard();

  private static double score(String listed, String screened) {
    ListedParty e =
        new ListedParty(
            "e",
            "wl",
            PartyKind.PERSON,
            List.of(PartyName.primary(listed, "")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "");
    PartyMatcher m = new PartyMatcher(List.of(e), N, MatchSettings.bundled());
    return m.candidates(ScreenedParty.named(screened), DAY).stream()
        .mapToDouble(x -> x.score())
        .max()
        .orElse(0);
  }

  @Test
  void words_glued_in_camel_case_are_split_and_a_glued_legal_form_is_recognized() {
    assertThat(N.splitCamelCase("MüllerAG")).isEqualTo("Müller AG");
    assertThat(N.splitCamelCase("Rostek ZAO")).isEqualTo("Rostek ZAO");
    assertThat(N.splitCamelCase("RostekZAO Holding")).isEqualTo("Rostek ZAO Holding");
    // Not a legal form: the word stays whole; the compact reading matches it spaced.
    assertThat(N.splitCamelCase("FridrichMüller")).isEqualTo("FridrichMüller");
    assertThat(N.splitCamelCase("McDonald")).isEqualTo("McDonald");
    assertThat(score("Müller AG", "MüllerAG")).isEqualTo(1.0);
    assertThat(score("Bank AG", "BankGmbH")).isLessThan(0.92);
    assertThat(score("Fridrich Müller", "FridrichMüller")).isGreaterThanOrEqualTo(0.92);
    // Glued without capitals, the compact reading still finds it.
    assertThat(score("Fridrich Müller", "Fridrichmuller")).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void spellings_of_one_given_name_and_nicknames_are_one_name() {
    assertThat(score("Mohammed Husayn Al-Tikriti", "Muhammad Hussein al Tikriti")).isEqualTo(1.0);
    assertThat(score("Khalid Yusuf", "Khaled Youssef")).isEqualTo(1.0);
    assertThat(score("William Harcourt", "Bill Harcourt")).isEqualTo(1.0);
    assertThat(score("Aleksey Petrov", "Alexei Petrov")).isEqualTo(1.0);
    // Near miss: another given name is not a variant.
    assertThat(score("Mohammed Husayn", "Mahmoud Husayn")).isLessThan(0.8);
  }

  @Test
  void initials_stand_for_the_words_they_begin() {
    assertThat(score("Jean-Pierre Martin", "J.-P. Martin")).isBetween(0.8, 0.92);
    assertThat(score("Jean-Pierre Martin", "J. Martin")).isLessThan(0.8);
    assertThat(score("Jean-Pierre Martin", "K.-P. Martin")).isLessThan(0.8);
  }

  @Test
  void given_names_ending_in_s_keep_it_and_meet_their_nicknames() {
    // "James" made singular was "jame", which no nickname line names.
    assertThat(score("James Whitfield", "Jim Whitfield")).isEqualTo(1.0);
    assertThat(score("Charles Avery", "Charlie Avery")).isEqualTo(1.0);
    assertThat(score("Catherine Thistlewood", "Kathy Thistlewood")).isEqualTo(1.0);
    assertThat(score("James Whitfield", "Jane Whitfield")).isLessThan(0.8);
  }

  @Test
  void an_initial_with_a_full_stop_is_not_a_stop_word() {
    // "a" is a stop word; "A." before a surname is Alexander's initial.
    assertThat(score("Alexander Hollings", "A. Hollings")).isBetween(0.8, 0.92);
    assertThat(score("Alexander Hollings", "B. Hollings")).isLessThan(0.8);
  }

  @Test
  void a_middle_name_left_out_counts_half() {
    double dropped = score("James Edward Whitfield", "James Whitfield");
    assertThat(dropped).isGreaterThan(0.85).isLessThan(0.92);
    // Another middle name is not a dropped one.
    assertThat(score("James Edward Whitfield", "James Edwin Whitfield"))
        .isLessThan(score("James Edward Whitfield", "James Edward Whitfield"));
    assertThat(score("Jean Paul Vautrin", "Jean Pierre Vautrin")).isLessThan(0.8);
  }

  @Test
  void japanese_long_vowels_written_any_way_are_one_spelling() {
    assertThat(score("Ito Shota", "Itou Shouta")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("Ono Koichi", "Ohno Kouichi")).isGreaterThanOrEqualTo(0.92);
    assertThat(NameScorer.longVowels("louis", "lois")).isZero();
    assertThat(score("Ono Koichi", "Ueno Koichi")).isLessThan(0.8);
  }

  @Test
  void hebrew_het_and_tsadi_meet_their_latin_spellings() {
    assertThat(score("רחל אברמוביץ", "Rachel Abramovich")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("רחל אברמוביץ", "Rahel Abramovitz")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("משה חיים פרידמן", "Moshe Chaim Friedman")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("רחל אברמוביץ", "Leah Abramovich")).isLessThan(0.8);
  }

  @Test
  void a_spaced_thai_name_pairs_its_words() {
    assertThat(score("ปัญญา ศรีวงศ์", "Panya Sriwong")).isGreaterThanOrEqualTo(0.8);
    // Same consonant classes over the whole name, not word by word.
    assertThat(score("ปัญญา ศรีวงศ์", "Peter Wong")).isLessThan(0.8);
  }

  @Test
  void a_korean_syllable_in_another_romanization_is_the_same_and_another_syllable_is_not() {
    assertThat(NameScorer.koreanKey("tong")).isEqualTo(NameScorer.koreanKey("dong"));
    assertThat(NameScorer.koreanKey("chol")).isEqualTo(NameScorer.koreanKey("cheol"));
    assertThat(score("이성철", "Lee Sung-chul")).isGreaterThanOrEqualTo(0.92);
    // One syllable of two in the given name is another: 상철 is not 성철.
    assertThat(score("이성철", "Lee Sang-chul")).isLessThan(0.8);
  }
}
