package dev.assay.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandOffTest {

  @Test
  void everything_arrives_in_order_on_another_thread() {
    List<Integer> received = new ArrayList<>();
    List<String> threads = new ArrayList<>();

    try (HandOff<Integer> handOff =
        new HandOff<>(
            i -> {
              received.add(i);
              if (threads.isEmpty()) {
                threads.add(Thread.currentThread().getName());
              }
            },
            "writer")) {
      for (int i = 0; i < 10_001; i++) {
        handOff.accept(i);
      }
    }

    assertThat(received).hasSize(10_001);
    for (int i = 0; i < received.size(); i++) {
      assertThat(received.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsExactly("writer");
  }

  @Test
  void a_failing_consumer_stops_the_producer_with_its_failure() {
    UncheckedIOException diskFull = new UncheckedIOException(new java.io.IOException("disk full"));
    HandOff<Integer> handOff =
        new HandOff<>(
            i -> {
              if (i == 700) {
                throw diskFull;
              }
            },
            "writer");

    assertThatThrownBy(
            () -> {
              try (handOff) {
                for (int i = 0; i < 1_000_000; i++) {
                  handOff.accept(i);
                }
              }
            })
        .isSameAs(diskFull);
  }
}
