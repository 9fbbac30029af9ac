package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.license.License;
import dev.assay.license.LicenseCsvReader;
import dev.assay.license.LicenseListener;
import dev.assay.license.LicenseRecordError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind generators ({@code assay-bench/blind/}, written without sight of the detectors, see
 * their READMEs and docs/evidence.md) are only worth their figures while what they write stays
 * inside the import contract: each one's output must be read whole, with a label for every
 * declaration, as the contract changes.
 */
class BlindGeneratorsTest {

  static Stream<Path> generators() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of("..", "assay-bench", "blind"))) {
      return folders
          .map(folder -> folder.resolve("BlindTrade.java"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList()
          .stream();
    }
  }

  /** A seed names one draw: judges are named by generator and seed in docs/evidence.md. */
  @ParameterizedTest
  @MethodSource("generators")
  void the_same_seed_writes_the_same_files_in_another_run(Path generator, @TempDir Path out)
      throws Exception {
    Path first = Files.createDirectory(out.resolve("first"));
    Path second = Files.createDirectory(out.resolve("second"));
    generate(generator, 1500, first);
    generate(generator, 1500, second);

    for (String file : List.of("declarations.csv", "truth.csv", "licenses.csv")) {
      assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1);
    }
  }

  private static void generate(Path generator, int declarations, Path out) throws Exception {
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                generator.toString(),
                "--declarations",
                String.valueOf(declarations),
                "--seed",
                "3",
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("run.log").toFile())
            .start();
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(Files.readString(out.resolve("run.log"))).isZero();
  }

  @ParameterizedTest
  @MethodSource("generators")
  void writes_declarations_and_licenses_that_the_contract_accepts_whole_with_a_label_for_each(
      Path generator, @TempDir Path out) throws Exception {
    generate(generator, 4000, out);

    Collected declarations =
        Collected.read(Format.CSV, Files.readAllBytes(out.resolve("declarations.csv")));
    assertThat(declarations.described()).isEmpty();
    assertThat(declarations.accepted).hasSizeGreaterThan(3000);

    List<String> truth = Files.readAllLines(out.resolve("truth.csv"), StandardCharsets.UTF_8);
    assertThat(truth.getFirst()).startsWith("declaration_id,outcome,typology");
    Set<String> labelled = new HashSet<>();
    Set<String> typologies = new HashSet<>();
    for (String row : truth.subList(1, truth.size())) {
      String[] cells = row.split(",", -1);
      labelled.add(cells[0]);
      assertThat(cells[1]).isIn("CLEAN", "VIOLATION");
      if (cells[1].equals("VIOLATION")) {
        typologies.add(cells[2]);
      }
    }
    assertThat(labelled).containsExactlyInAnyOrderElementsOf(declarations.acceptedIds());
    assertThat(typologies).hasSizeGreaterThanOrEqualTo(4);

    List<LicenseRecordError> badLicenses = new ArrayList<>();
    List<License> licenses = new ArrayList<>();
    LicenseCsvReader.read(
        out.resolve("licenses.csv"),
        new LicenseListener() {
          @Override
          public void accepted(License license) {
            licenses.add(license);
          }

          @Override
          public void rejected(LicenseRecordError error) {
            badLicenses.add(error);
          }
        });
    assertThat(badLicenses).isEmpty();
    assertThat(licenses).isNotEmpty();
  }
}
