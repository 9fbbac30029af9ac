package dev.assay.risk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Party;
import dev.assay.screening.matching.NameNormalizer;
import org.junit.jupiter.api.Test;

/** The identity caches' bound: a stream of new parties never grows them past it; answers stay. */
class PartyKeysBoundTest {
  private static final CountryCode TH = new CountryCode("TH");

  private static Party party(int i) {
    return new Party("Velora " + i + " Trading Co Ltd", TH, i + " Sukhumvit Road, Bangkok");
  }

  @Test
  void a_stream_of_new_parties_never_grows_the_caches_past_their_bound() {
    PartyKeys keys = new PartyKeys(NameNormalizer.standard(), 100);
    for (int i = 0; i < 1_000; i++) {
      keys.of(party(i));
      assertThat(keys.cachedParties()).isLessThanOrEqualTo(100);
      assertThat(keys.cachedNames()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void a_party_identified_after_the_cache_was_emptied_gets_the_same_identity() {
    PartyKeys bounded = new PartyKeys(NameNormalizer.standard(), 10);
    PartyKeys.Identity first = bounded.of(party(1));
    for (int i = 2; i < 50; i++) {
      bounded.of(party(i));
    }
    assertThat(bounded.of(party(1))).isEqualTo(first);
    assertThat(new PartyKeys(NameNormalizer.standard(), 10).of(party(1))).isEqualTo(first);
  }

  @Test
  void a_bound_below_one_is_refused() {
    assertThatThrownBy(() -> new PartyKeys(NameNormalizer.standard(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
