package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Word order around bin, ibn, bint and ould says who is whose son; everywhere else the scorer
 * ignores word order. Names invented for these tests (not the evaluation sets').
 */
class PatronymicChainTest {

  @Test
  void a_chain_swapped_around_bin_is_another_person() {
    assertThat(score("Salman bin Muhammad Al-Rawi", "Muhammad bin Salman Al-Rawi")).isLessThan(0.7);
    assertThat(score("Karim ibn Yusuf Haddad", "Yusuf ibn Karim Haddad")).isLessThan(0.7);
    assertThat(score("Layla bint Tariq Naser", "Tariq bint Layla Naser")).isLessThan(0.7);
    assertThat(score("Sidi Ould Brahim", "Brahim Ould Sidi")).isLessThan(0.7);
    // The father's name given as the person's own: Salman is Khalid's father here.
    assertThat(score("Salman bin Khalid Al-Rawi", "Khalid bin Salman bin Fahd Al-Rawi"))
        .isLessThan(0.7);
    // In Arabic letters against Latin: بن is the particle too.
    assertThat(score("سلمان بن محمد", "Muhammad bin Salman")).isLessThan(0.7);
    // Grandfather and father swapped.
    assertThat(score("Omar bin Faisal bin Nasser Qasimi", "Omar bin Nasser bin Faisal Qasimi"))
        .isLessThan(0.8);
  }

  @Test
  void the_same_chain_in_another_order_of_family_name_or_spelling_still_matches() {
    // The family name written first, as lists that put the surname first do.
    assertThat(score("Al-Rawi Salman bin Muhammad", "Salman bin Muhammad Al-Rawi"))
        .isGreaterThanOrEqualTo(0.92);
    // The same chain spelt otherwise: ibn for bin, Mohammed for Muhammad.
    assertThat(score("Salman ibn Mohammed Al-Rawi", "Salman bin Muhammad Al-Rawi"))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("سلمان بن محمد", "Salman bin Muhammad")).isGreaterThanOrEqualTo(0.8);
    // A generation left out keeps the order: not refuted by this rule.
    assertThat(score("Omar bin Nasser Qasimi", "Omar bin Faisal bin Nasser Qasimi"))
        .isGreaterThanOrEqualTo(
            score("Omar bin Faisal Qasimi", "Omar bin Nasser bin Faisal Qasimi"));
    // Without a particle on both sides word order stays free: surname first and given name first.
    assertThat(score("Salman Muhammad Al-Rawi", "Muhammad Salman Al-Rawi"))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("Wang Lijun", "Lijun Wang")).isGreaterThanOrEqualTo(0.92);
    assertThat(score("Nagy Zoltán", "Zoltán Nagy")).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void the_chain_is_the_word_before_the_first_particle_and_those_after_each() {
    NameNormalizer n = NameNormalizer.standard();
    int[] g =
        PatronymicChain.generations(n.normalize("Al-Rawi Salman bin Muhammad bin Ali").tokens());
    assertThat(g).isNotNull();
    assertThat(g[g.length - 1]).isEqualTo(2);
    assertThat(PatronymicChain.generations(n.normalize("Salman Al-Rawi").tokens())).isNull();
  }
}
