package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {
  private final NameNormalizer normalizer = NameNormalizer.standard();
  private final List<String> names =
      List.of(
          "Lockheed Martin Corporation",
          "General Dynamics Land Systems",
          "IronMountain Solutions",
          "中信造船股份有限公司",
          "Hudson Technologies Co.",
          "Summit Technologies Inc.");
  private final CandidateIndex index = index(names);

  private CandidateIndex index(List<String> list) {
    List<NormalizedName> normalized = new ArrayList<>();
    List<List<String>> ids = new ArrayList<>();
    for (String n : list) {
      normalized.add(normalizer.normalize(n));
      ids.add(n.startsWith("Hudson") ? List.of("HK2291044") : List.of());
    }
    return new CandidateIndex(normalized, ids);
  }

  private List<String> candidates(String query, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (int i : index.candidates(normalizer.normalize(query), ids, 5)) {
      out.add(names.get(i));
    }
    return out;
  }

  @Test
  void finds_names_through_shared_words() {
    assertThat(candidates("Martin Lockheed", List.of()))
        .first()
        .isEqualTo("Lockheed Martin Corporation");
  }

  @Test
  void finds_names_through_a_typo_on_either_side() {
    assertThat(candidates("Lokheed Martin", List.of())).contains("Lockheed Martin Corporation");
    assertThat(candidates("Genneral Dynamics", List.of()))
        .contains("General Dynamics Land Systems");
  }

  @Test
  void finds_names_spaced_differently_initials_and_pinyin() {
    assertThat(candidates("Iron Mountain", List.of())).contains("IronMountain Solutions");
    assertThat(candidates("GDLS", List.of())).contains("General Dynamics Land Systems");
    assertThat(candidates("Zhong Xin Zao Chuan", List.of())).contains("中信造船股份有限公司");
  }

  @Test
  void finds_an_entry_by_its_identifier_whatever_the_name() {
    assertThat(candidates("Completely Different Name", List.of("HK2291044")))
        .containsExactly("Hudson Technologies Co.");
  }

  @Test
  void offers_nothing_for_an_unrelated_name() {
    assertThat(candidates("Bluewater Ceramics", List.of())).isEmpty();
  }

  @Test
  void offers_at_most_the_limit() {
    assertThat(
            index.candidates(
                normalizer.normalize("Technologies Lockheed Summit Hudson"), List.of(), 2))
        .hasSize(2);
  }
}
