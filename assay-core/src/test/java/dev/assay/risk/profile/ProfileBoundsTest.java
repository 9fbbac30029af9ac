package dev.assay.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The learned profiles keep to their bounds, and below them forget nothing. */
class ProfileBoundsTest {
  private static final CountryCode DE = new CountryCode("DE");
  private static final LocalDate DAY = LocalDate.of(2025, 5, 2);

  private static void learn(ExporterProfiles book, String exporter) {
    book.learn(exporter, DAY, 1L << 28, 0, DE, exporter.hashCode(), false, 120, null);
  }

  @Test
  void exporter_profiles_keep_the_exporters_seen_most_recently() {
    ExporterProfiles book = new ExporterProfiles(8, 8, 12, 8, 100);
    for (int i = 0; i < 1_000; i++) {
      learn(book, "E" + i);
      learn(book, "E-regular"); // seen all the time: never the eldest
    }

    assertThat(book.size()).isEqualTo(100);
    assertThat(book.profile("E-regular")).isPresent();
    assertThat(book.profile("E999")).isPresent();
    assertThat(book.profile("E0")).isEmpty();
  }

  @Test
  void below_the_bound_no_exporter_is_forgotten() {
    ExporterProfiles book = new ExporterProfiles(8, 8, 12, 8, 100);
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 100; i++) {
        learn(book, "E" + i);
      }
    }

    assertThat(book.size()).isEqualTo(100);
    for (int i = 0; i < 100; i++) {
      assertThat(book.profile("E" + i)).isPresent();
    }
  }

  @Test
  void bands_and_parcel_headings_keep_to_their_bounds() {
    BandBook bands = new BandBook(64, 16, 30, 20);
    ParcelShares parcels = new ParcelShares(20);
    for (int i = 0; i < 500; i++) {
      bands.add("H" + i, 1.0);
      parcels.add("H" + i, i % 2 == 0);
    }

    assertThat(bands.size()).isEqualTo(20);
    assertThat(parcels.size()).isEqualTo(20);
    assertThat(parcels.seen("H499")).isEqualTo(1);
    assertThat(parcels.seen("H0")).isZero();
  }

  @Test
  void a_band_below_the_bound_is_the_one_an_unbounded_book_learns() {
    BandBook bounded = new BandBook(64, 16, 30, 20);
    BandBook unbounded = new BandBook(64, 16, 30, Integer.MAX_VALUE);
    for (int i = 0; i < 2_000; i++) {
      String key = "H" + (i % 20);
      double value = 1 + (i * 7919 % 101) / 100.0;
      bounded.add(key, value);
      unbounded.add(key, value);
    }

    for (int k = 0; k < 20; k++) {
      assertThat(bounded.band("H" + k)).isPresent().isEqualTo(unbounded.band("H" + k));
    }
  }
}
