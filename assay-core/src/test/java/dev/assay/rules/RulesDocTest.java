package dev.assay.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists every variable a rule can read, and the example rule file loads whole. */
class RulesDocTest {

  @Test
  void every_field_is_documented_in_a_table_row() throws IOException {
    String doc = Files.readString(Path.of("../docs/rules.md"));

    Stream.of(
            RuleVariables.DECLARATION_FIELDS.keySet(),
            RuleVariables.LINE_FIELDS.keySet(),
            RuleVariables.HISTORY_FIELDS.keySet())
        .flatMap(java.util.Set::stream)
        .forEach(name -> assertThat(doc).as(name).contains("| `" + name + "` |"));
  }

  @Test
  void the_example_rules_all_load() {
    RuleBook book = RuleBook.load(Path.of("../examples/rules.yaml"));

    assertThat(book.problems()).isEmpty();
    assertThat(book.size()).isBetween(3, 5);
  }
}
