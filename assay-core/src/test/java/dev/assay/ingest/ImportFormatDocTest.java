package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documentation of the import format shows what the reader really accepts. */
class ImportFormatDocTest {
  private static final Path DOC = ExamplesTest.EXAMPLES.resolveSibling("docs/import-format.md");

  @Test
  void theJsonExampleInTheDocsIsAValidDeclaration() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    Collected result = Collected.read(Format.JSON, example);

    assertThat(result.described()).isEmpty();
    assertThat(result.acceptedIds()).containsExactly("D-2025-0004");
  }

  @Test
  void theDocsListEveryColumnTheWriterWrites() throws IOException {
    String doc = Files.readString(DOC);

    List<String> columns = DeclarationCsvWriter.header(true);

    assertThat(columns).allSatisfy(column -> assertThat(doc).contains("| `" + column + "` |"));
  }
}
