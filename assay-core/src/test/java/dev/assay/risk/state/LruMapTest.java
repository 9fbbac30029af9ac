package dev.assay.risk.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LruMapTest {

  @Test
  void never_holds_more_than_its_bound_and_forgets_the_entry_used_longest_ago() {
    List<String> forgotten = new ArrayList<>();
    LruMap<String, Integer> map = new LruMap<>(3, (k, v) -> forgotten.add(k));
    map.put("a", 1);
    map.put("b", 2);
    map.put("c", 3);
    map.get("a"); // used: b is now the eldest
    map.put("d", 4);
    map.computeIfAbsent("e", k -> 5);
    map.merge("f", 6, Integer::sum);

    assertThat(map).hasSize(3).containsOnlyKeys("d", "e", "f");
    assertThat(forgotten).containsExactly("b", "c", "a");
    assertThat(map.evicted()).isEqualTo(3);
  }

  @Test
  void below_its_bound_it_answers_as_an_unbounded_map() {
    Random random = new Random(17);
    LruMap<Integer, Integer> bounded = new LruMap<>(500);
    Map<Integer, Integer> plain = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      int key = random.nextInt(500);
      bounded.merge(key, i, Integer::sum);
      plain.merge(key, i, Integer::sum);
      int asked = random.nextInt(600);
      assertThat(bounded.get(asked)).isEqualTo(plain.get(asked));
    }
    assertThat(bounded).isEqualTo(plain);
    assertThat(bounded.evicted()).isZero();
  }

  @Test
  void a_bound_below_one_is_refused() {
    assertThatThrownBy(() -> new LruMap<>(0)).hasMessageContaining("at least 1");
  }
}
