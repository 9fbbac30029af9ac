package dev.assay.screening.matching;

import static dev.assay.screening.matching.CrossScriptTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Ben" inside an Arabic name is the particle bin; elsewhere it is Benjamin. Names invented. */
class BenAsBinTest {

  @Test
  void ben_in_an_arabic_name_is_bin() {
    assertThat(score("Isa Bin Tarif Haddour", "Isa Ben Tarif Haddour"))
        .isGreaterThanOrEqualTo(0.92);
    assertThat(score("Hamadi Ben Salah Ben Ali Bouzidi", "Hamadi Bin Salah Bin Ali Bouzidi"))
        .isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void near_misses_ben_elsewhere_and_another_father() {
    // Not an Arabic name: Ben is still Benjamin.
    assertThat(score("Benjamin Calloway", "Ben Calloway")).isGreaterThanOrEqualTo(0.92);
    assertThat(NameScorer.benAsBin(NameNormalizer.standard().normalize("Ben Calloway").tokens()))
        .extracting(NameToken::text)
        .containsExactly("bin", "calloway");
    // Read as bin, another father's name is still another man.
    assertThat(score("Isa Bin Tarif Haddour", "Isa Ben Salim Haddour")).isLessThan(0.8);
  }
}
