package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.lists.ShippedLists;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Remembering names must never change an answer, only how fast it comes. */
class NameCacheTest {
  private static final PartyMatcher FRESH =
      PartyMatcher.over(ShippedLists.chinese(), MatchSettings.bundled());
  private static final PartyMatcher CACHING = FRESH.cachingNames(100);

  private static List<String> answer(
      PartyMatcher matcher, String name, String country, LocalDate day) {
    ScreenedParty party =
        new ScreenedParty(
            name, Optional.ofNullable(country).map(CountryCode::new), Optional.empty(), List.of());
    return matcher.match(party, day).stream()
        .map(m -> m.entry().key() + " " + m.level() + " " + Math.round(m.score() * 1000))
        .toList();
  }

  @ParameterizedTest
  @CsvSource({
    "General Dynamics Corp, US, 2025-06-01",
    "General Dynamics Corp, US, 2024-06-01",
    "General Dynamics Corp, DE, 2025-06-01",
    "通用动力公司, , 2025-06-01",
    "Shenzhen Honest Trading Co Ltd, HK, 2025-06-01",
  })
  void a_cached_answer_equals_a_fresh_one_on_every_day_and_country(
      String name, String country, LocalDate day) {
    List<String> fresh = answer(FRESH, name, country, day);

    assertThat(answer(CACHING, name, country, day)).isEqualTo(fresh);
    assertThat(answer(CACHING, name, country, day)).as("second, from the cache").isEqualTo(fresh);
  }

  @ParameterizedTest
  @CsvSource({"General Dynamics Corp, 2024-06-01, 2025-06-01"})
  void the_listing_day_is_checked_on_every_query_even_for_a_cached_name(
      String name, LocalDate before, LocalDate after) {
    List<String> afterListing = answer(CACHING, name, "US", after);
    List<String> beforeListing = answer(CACHING, name, "US", before);

    assertThat(afterListing).isNotEmpty();
    assertThat(beforeListing).isEmpty();
  }
}
