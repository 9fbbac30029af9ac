package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Declaration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example files shipped in {@code examples/} are valid and mean what the docs say. */
class ExamplesTest {
  static final Path EXAMPLES = findExamples();
  static final Path CSV = EXAMPLES.resolve("declarations.csv");
  static final Path NDJSON = EXAMPLES.resolve("declarations.ndjson");

  private static Path findExamples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples directory above " + Path.of("").toAbsolutePath());
  }

  static Collected read(Path file) {
    Collected collected = new Collected();
    collected.summary = DeclarationReader.read(file, Format.detect(file), collected);
    return collected;
  }

  @Test
  void theCsvExampleParsesWithoutErrors() {
    Collected result = read(CSV);

    assertThat(result.described()).isEmpty();
    assertThat(result.summary).isEqualTo(new IngestSummary(46, 31, 0, 0));
    assertThat(result.accepted)
        .allSatisfy(d -> assertThat(d.declaredAt().getYear()).isEqualTo(2025));
    Map<String, Long> byDestination =
        result.accepted.stream()
            .collect(Collectors.groupingBy(d -> d.destination().value(), Collectors.counting()));
    assertThat(byDestination.keySet())
        .contains("DE", "JP", "KR", "US", "TH", "VN", "NL", "MY", "MX", "BE");
    assertThat(result.accepted)
        .filteredOn(d -> d.lines().size() > 1)
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theCsvExampleHoldsAnUnlicensedUsBoundAntimonyShipmentInJanuary2025() {
    assertThat(read(CSV).accepted)
        .anySatisfy(
            (Declaration d) -> {
              assertThat(d.destination().value()).isEqualTo("US");
              assertThat(d.declaredAt())
                  .isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
              assertThat(d.lines())
                  .anySatisfy(
                      line -> {
                        assertThat(line.hsCode().value()).isEqualTo("8110101000");
                        assertThat(line.licenseNo()).isEmpty();
                      });
            });
  }

  @Test
  void theNdjsonExampleParsesWithoutErrorsAndAgreesWithTheCsv() {
    Collected ndjson = read(NDJSON);
    Map<String, Declaration> csv =
        read(CSV).accepted.stream().collect(Collectors.toMap(Declaration::id, d -> d));

    assertThat(ndjson.described()).isEmpty();
    assertThat(ndjson.accepted).hasSizeGreaterThanOrEqualTo(3);
    assertThat(ndjson.accepted).allSatisfy(d -> assertThat(d).isEqualTo(csv.get(d.id())));
  }
}
