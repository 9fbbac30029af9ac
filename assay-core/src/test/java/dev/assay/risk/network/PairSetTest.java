package dev.assay.risk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairSetTest {

  @Test
  void adds_and_removes_as_a_set_does_through_growth_and_collisions() {
    Random random = new Random(3);
    PairSet pairs = new PairSet();
    Set<Long> reference = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      // Few distinct values, several sharing low bits: long probe runs, many removals inside them.
      long pair = (random.nextInt(5_000) * 1024L) ^ (random.nextBoolean() ? 0 : 1L << 40);
      if (random.nextInt(3) == 0) {
        assertThat(pairs.remove(pair)).isEqualTo(reference.remove(pair));
      } else {
        assertThat(pairs.add(pair)).isEqualTo(reference.add(pair));
      }
    }
    assertThat(pairs.size()).isEqualTo(reference.size());
    for (long pair : reference) {
      assertThat(pairs.add(pair)).as("still there: %d", pair).isFalse();
    }
    assertThat(pairs.remove(0)).isEqualTo(reference.remove(0L));
    assertThat(pairs.add(0)).isTrue();
    assertThat(pairs.add(0)).isFalse();
    assertThat(pairs.remove(0)).isTrue();
  }
}
