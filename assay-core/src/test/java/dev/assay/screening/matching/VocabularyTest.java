package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void the_shipped_vocabulary_is_read_once_and_shared_with_what_a_fresh_reading_gives() {
    Vocabulary shared = Vocabulary.bundled();

    assertThat(Vocabulary.bundled()).isSameAs(shared);
    assertThat(shared).isEqualTo(Vocabulary.read());
    assertThat(shared.contentHash()).isEqualTo(Vocabulary.read().contentHash());
  }

  @Test
  void threads_asking_at_once_get_the_same_instance() {
    var first = CompletableFuture.supplyAsync(Vocabulary::bundled);
    var second = CompletableFuture.supplyAsync(Vocabulary::bundled);

    assertThat(first.join()).isSameAs(second.join());
  }
}
