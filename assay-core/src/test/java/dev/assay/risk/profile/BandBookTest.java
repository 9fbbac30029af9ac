package dev.assay.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BandBookTest {

  @Test
  void no_band_until_enough_has_been_seen() {
    BandBook book = new BandBook(256, 64, 30);
    for (int i = 0; i < 29; i++) {
      book.add("7208", 1.01);
    }

    assertThat(book.band("7208")).isEmpty();
    assertThat(book.band("6403")).isEmpty();
  }

  @Test
  void the_band_is_the_median_and_a_robust_spread_that_outliers_do_not_drag() {
    BandBook book = new BandBook(256, 64, 30);
    for (int i = 0; i < 64; i++) {
      book.add("7208", i % 2 == 0 ? 1.00 : 1.02);
    }
    book.add("7208", 50.0); // one absurd value among many

    BandBook.Band band = book.band("7208").orElseThrow();
    assertThat(band.median()).isCloseTo(1.01, within(0.011));
    assertThat(band.sigma()).isLessThan(0.05);
    assertThat(band.deviationsAbove(1.5)).isGreaterThan(6);
  }

  @Test
  void only_the_recent_window_counts() {
    BandBook book = new BandBook(64, 64, 30);
    for (int i = 0; i < 64; i++) {
      book.add("2504", 1.05);
    }
    for (int i = 0; i < 64; i++) {
      book.add("2504", 1.20);
    }

    assertThat(book.band("2504").orElseThrow().median()).isEqualTo(1.20);
  }
}
