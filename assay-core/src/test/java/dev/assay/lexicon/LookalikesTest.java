package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.HsCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LookalikesTest {
  private final Lookalikes lookalikes = Lookalikes.bundled();

  @Test
  void other_metal_magnets_are_the_lookalike_of_dysprosium_magnets() {
    assertThat(lookalikes.find(new HsCode("8505119000")))
        .hasValueSatisfying(l -> assertThat(l.minerals()).contains("dysprosium"));
  }

  @Test
  void a_heading_covers_every_code_under_it() {
    assertThat(lookalikes.find(new HsCode("7202999000")))
        .hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("7202"));
  }

  @Test
  void rare_earth_magnets_are_not_a_lookalike() {
    assertThat(lookalikes.find(new HsCode("8505111000"))).isEmpty();
  }

  @Test
  void every_entry_carries_sources_and_confidence() throws Exception {
    String bad =
        "- code: \"7801\"\n  tariff_text: lead\n  minerals: [antimony]\n  case: x\n  sources: [A]\n  confidence: sure\n";

    assertThatThrownBy(
            () ->
                Lookalikes.parse(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "f.yaml"))
        .hasMessageContaining("f.yaml: entry 1: confidence 'sure'");
  }
}
