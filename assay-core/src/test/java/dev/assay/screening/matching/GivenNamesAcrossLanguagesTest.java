package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One given name in two languages (given-names-across-languages.txt). Names invented. */
class GivenNamesAcrossLanguagesTest {

  @Test
  void one_given_name_in_another_language_is_evidence_for_review() {
    assertThat(score("John Calloway", "Juan Calloway")).isBetween(0.8, 0.92);
    assertThat(score("Giuseppe Ferrandi", "Joseph Ferrandi")).isBetween(0.8, 0.92);
    assertThat(score("Pyotr Sevastyanov", "Peter Sevastyanov")).isBetween(0.8, 0.92);
    // Read as the normalizer reads the words: accents off, nicknames folded to their name.
    assertThat(score("José Arrandale", "Yusuf Arrandale")).isBetween(0.8, 0.92);
    assertThat(score("Johnny Calloway", "Giovanni Calloway")).isBetween(0.8, 0.92);
    // Cyrillic letters read in Latin: Иван is ivan, John in Russian.
    assertThat(score("Иван Бородин", "John Borodin")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void less_than_the_same_name() {
    assertThat(score("John Calloway", "Juan Calloway"))
        .isLessThan(score("John Calloway", "John Calloway"));
  }

  @Test
  void near_misses_other_names_companies_and_other_surnames() {
    // Two given names that are not one name in any language.
    assertThat(score("John Calloway", "Pedro Calloway")).isLessThan(0.8);
    assertThat(score("Michael Ferrandi", "Joseph Ferrandi")).isLessThan(0.8);
    // Another surname: a shared given name in two languages carries nothing.
    assertThat(score("John Calloway", "Juan Castellano")).isLessThan(0.8);
    // Companies: a saint's or founder's name in two languages is two brands.
    assertThat(score("San Miguel Trading Ltd", "Saint Michael Trading Ltd")).isLessThan(0.8);
    assertThat(score("Pedro Marquez Holding", "Peter Marquez Holding"))
        .isLessThan(score("Peter Marquez Holding", "Peter Marquez Holding"));
    assertThat(score("Pedro Marquez Holding", "Peter Marquez Holding")).isLessThan(0.8);
  }
}
