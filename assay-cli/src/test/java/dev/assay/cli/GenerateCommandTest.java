package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import dev.assay.ingest.RecordError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  private static IngestSummary read(Path file, List<RecordError> errors) {
    return DeclarationReader.read(
        file,
        Format.detect(file),
        new IngestListener() {
          @Override
          public void accepted(dev.assay.declaration.Declaration declaration) {}

          @Override
          public void rejected(RecordError error) {
            errors.add(error);
          }
        });
  }

  @Test
  void writesLabelledDeclarationsLicensesAndTruthThatScreenReadsWithoutRejects()
      throws IOException {
    Path out = dir.resolve("d.csv");
    Path licenses = dir.resolve("licenses.csv");
    Path truth = dir.resolve("truth.csv");

    CommandRun run =
        CommandRun.of(
            "generate",
            "-n",
            "3000",
            "--seed",
            "5",
            "-o",
            out.toString(),
            "--licenses",
            licenses.toString(),
            "--truth",
            truth.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Generated 3,000 declarations").contains("Violations:");
    List<RecordError> errors = new ArrayList<>();
    assertThat(read(out, errors).declarationsAccepted()).isEqualTo(3000);
    assertThat(errors).isEmpty();
    assertThat(Files.readAllLines(out).getFirst()).endsWith(",outcome,typology");
    assertThat(Files.readAllLines(licenses).getFirst())
        .startsWith("license_no,license_type,issued_at");
    assertThat(Files.readAllLines(truth)).hasSize(3001);

    CommandRun screen =
        CommandRun.of("screen", out.toString(), "-o", dir.resolve("a.jsonl").toString());
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    assertThat(screen.err()).contains("0 declarations rejected");
  }

  @Test
  void theSameSeedWritesTheSameFile() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    CommandRun.of("generate", "-n", "2000", "--seed", "9", "-o", a.toString(), "-q");
    CommandRun.of("generate", "-n", "2000", "--seed", "9", "-o", b.toString(), "-q");

    assertThat(Files.mismatch(a, b)).isEqualTo(-1);
  }

  @Test
  void ndjsonByExtensionAndNoLabelColumnsOnRequest() throws IOException {
    Path json = dir.resolve("d.ndjson");
    Path plain = dir.resolve("plain.csv");

    assertThat(CommandRun.of("generate", "-n", "500", "-o", json.toString(), "-q").exitCode())
        .isZero();
    assertThat(
            CommandRun.of("generate", "-n", "500", "-o", plain.toString(), "--labels", "none", "-q")
                .exitCode())
        .isZero();

    List<RecordError> errors = new ArrayList<>();
    assertThat(read(json, errors).declarationsAccepted()).isEqualTo(500);
    assertThat(errors).isEmpty();
    assertThat(Files.readString(json)).startsWith("{\"declaration_id\"");
    assertThat(Files.readAllLines(plain).getFirst()).doesNotContain("outcome");
  }

  @Test
  void observedLabelsLeaveUninspectedDeclarationsWithoutOutcome() throws IOException {
    Path out = dir.resolve("observed.csv");

    CommandRun run =
        CommandRun.of(
            "generate",
            "-n",
            "4000",
            "-o",
            out.toString(),
            "--labels",
            "observed",
            "--inspected-share",
            "0.1",
            "--random-share",
            "0.5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Observed labels:");
    long withOutcome =
        Files.readAllLines(out).stream()
            .skip(1)
            .filter(l -> l.contains(",CLEAN,") || l.contains(",VIOLATION,"))
            .count();
    long rows = Files.readAllLines(out).size() - 1;
    assertThat(withOutcome).isPositive().isLessThan(rows / 4);
  }

  @Test
  void statsComparesTheSimulatedFiguresWithThePublicOnes() {
    CommandRun run =
        CommandRun.of(
            "generate",
            "-n",
            "20000",
            "-o",
            dir.resolve("s.csv").toString(),
            "--stats",
            "--mineral-share",
            "0.2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("| antimony exports 2025 Q1 vs 2024 Q1 | -57.0% |");
  }

  @Test
  void badOptionsAreUsageErrorsThatSayWhatIsWrong() {
    CommandRun difficulty = CommandRun.of("generate", "-n", "10", "--difficulty", "brutal");
    CommandRun rate = CommandRun.of("generate", "-n", "10", "--rate", "smuggling=0.1");
    CommandRun period =
        CommandRun.of("generate", "-n", "10", "--from", "2025-01-01", "--to", "2024-01-01");

    assertThat(difficulty.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(difficulty.err()).contains("--difficulty").contains("brutal");
    assertThat(rate.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(rate.err()).contains("unknown typology 'smuggling'");
    assertThat(period.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(period.err()).contains("ends (2024-01-01) before it starts");
  }
}
