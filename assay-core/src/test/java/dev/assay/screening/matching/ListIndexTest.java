package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.evaluation.EvaluationData;
import dev.assay.screening.lists.ShippedLists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListIndexTest {
  @TempDir Path dir;

  private static final NameNormalizer NORMALIZER = NameNormalizer.standard();

  private static List<String> keys(PartyMatcher m, String name) {
    return m.candidates(ScreenedParty.named(name), EvaluationData.DAY).stream()
        .map(x -> x.entry().key() + " " + x.alias().text() + " " + x.score())
        .toList();
  }

  @Test
  void an_index_written_and_mapped_back_finds_and_scores_exactly_as_the_one_built() {
    RestrictedList list = ShippedLists.chinese().getFirst();
    ListIndex built = ListIndex.build(list, NORMALIZER);
    long[] offsets = new long[list.entries().size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = i;
    }
    Path file = dir.resolve("list.index");
    built.write(file, "stamp-1", offsets);
    ListIndex mapped =
        ListIndex.open(file, "stamp-1", offset -> list.entries().get((int) offset)).orElseThrow();
    assertThat(mapped.toString()).contains("mapped");
    assertThat(mapped.names()).isEqualTo(built.names());
    assertThat(mapped.entryCount()).isEqualTo(built.entryCount());
    for (int a = 0; a < built.names(); a++) {
      assertThat(mapped.normalized(a)).isEqualTo(built.normalized(a));
      assertThat(mapped.partyName(a)).isEqualTo(built.partyName(a));
      assertThat(mapped.owner(a)).isEqualTo(built.owner(a));
    }
    PartyMatcher fromBuilt = new PartyMatcher(List.of(built), NORMALIZER, MatchSettings.bundled());
    PartyMatcher fromMapped =
        new PartyMatcher(List.of(mapped), NORMALIZER, MatchSettings.bundled());
    List<String> queries = new ArrayList<>();
    for (ListedParty e : list.entries()) {
      for (PartyName n : e.names()) {
        queries.add(n.text());
        queries.add(n.text().toUpperCase() + " x");
      }
    }
    queries.add("Lokheed Martn");
    queries.add("completely unrelated words");
    for (String q : queries) {
      assertThat(keys(fromMapped, q)).as(q).isEqualTo(keys(fromBuilt, q));
    }
    String someId = list.entries().get(3).id();
    assertThat(mapped.entryById(someId)).contains(list.entries().get(3));
  }

  @Test
  void a_file_with_another_stamp_or_damaged_is_not_used() throws Exception {
    RestrictedList list = ShippedLists.chinese().getFirst();
    Path file = dir.resolve("list.index");
    ListIndex.build(list, NORMALIZER).write(file, "stamp-1", new long[list.entries().size()]);
    assertThat(ListIndex.open(file, "stamp-2", o -> null)).isEmpty();
    assertThat(ListIndex.open(dir.resolve("missing.index"), "stamp-1", o -> null)).isEmpty();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, 20));
    assertThat(ListIndex.open(file, "stamp-1", o -> null)).isEmpty();
  }
}
