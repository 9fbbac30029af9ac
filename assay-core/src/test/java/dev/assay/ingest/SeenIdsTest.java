package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void remembersIdsAcrossGrowth() {
    SeenIds seen = new SeenIds();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add("D-" + i)).isTrue();
    }

    assertThat(seen.size()).isEqualTo(100_000);
    assertThat(seen.add("D-4711")).isFalse();
    assertThat(seen.contains("D-99999")).isTrue();
    assertThat(seen.contains("D-100000")).isFalse();
    assertThat(seen.contains("")).isFalse();
  }

  @Test
  void similarIdsHashApart() {
    assertThat(SeenIds.hash("D-1")).isNotEqualTo(SeenIds.hash("D-2")).isNotZero();
    assertThat(SeenIds.hash("")).isNotZero();
  }
}
